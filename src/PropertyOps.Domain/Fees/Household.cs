using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Fees;

/// <summary>A household billed for management fees: its id (usually the unit, e.g. <c>3-2-1201</c>) and floor area.</summary>
public sealed record Household
{
    /// <summary>Creates a household.</summary>
    /// <param name="id">The household's id, 1–50 characters.</param>
    /// <param name="area">The chargeable floor area in m², above zero.</param>
    /// <exception cref="ArgumentException">The id is blank or the area is not positive; the message names the household.</exception>
    public Household(string id, decimal area)
    {
        Id = Preconditions.CheckText(id, 50);
        if (area <= 0 || area > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(area), area, $"Household {Id}: the area must be above 0 m² (and at most 1,000,000 m²).");
        }

        Area = area;
    }

    /// <summary>The household's id.</summary>
    public string Id { get; }

    /// <summary>The chargeable floor area in m².</summary>
    public decimal Area { get; }

    /// <summary>E.g. <c>3-2-1201 (89.6 m²)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Area.ToString(System.Globalization.CultureInfo.InvariantCulture)} m²)";
}
