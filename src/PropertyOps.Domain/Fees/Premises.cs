using System;
using System.Globalization;

namespace PropertyOps.Domain.Fees;

/// <summary>One unit an owner is billed for: its type and chargeable floor area (e.g. a 45 m² shop, a 12.5 m² parking space).</summary>
public sealed record Premises
{
    /// <summary>The largest area accepted, in m².</summary>
    public const decimal MaxArea = 1_000_000m;

    /// <summary>Creates premises.</summary>
    /// <param name="type">The unit type.</param>
    /// <param name="area">The chargeable floor area in m², above zero and at most <see cref="MaxArea"/>.</param>
    /// <exception cref="ArgumentException">The type is missing or the area is out of range.</exception>
    public Premises(UnitType type, decimal area)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        if (area <= 0 || area > MaxArea)
        {
            throw new ArgumentOutOfRangeException(nameof(area), area, $"The area of premises lies above 0 and at most {MaxArea.ToString("N0", CultureInfo.InvariantCulture)} m².");
        }

        Area = area;
    }

    /// <summary>The unit type.</summary>
    public UnitType Type { get; }

    /// <summary>The chargeable floor area in m².</summary>
    public decimal Area { get; }

    /// <summary>E.g. <c>商铺 (shop) 45 m²</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type} {Area.ToString(CultureInfo.InvariantCulture)} m²";
}
