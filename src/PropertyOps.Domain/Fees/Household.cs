using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// A household (an owner's account) billed for management fees: its id (usually the unit, e.g. <c>3-2-1201</c>), the
/// premises it is billed for (a residence, or e.g. a shop and a parking space), when the fee runs (handover, sale) and
/// whether it stands vacant (空置房).
/// </summary>
/// <remarks>The fee runs from <see cref="HandedOverOn"/> (inclusive) to <see cref="SoldOn"/> (exclusive: the buyer pays
/// from the day of sale); a partial month is pro-rated by the days of that month (docs/rules.md, F3).</remarks>
public sealed record Household
{
    private readonly LocalDate? _handedOverOn;
    private readonly LocalDate? _soldOn;

    /// <summary>Creates a household with one residence.</summary>
    /// <param name="id">The household's id, 1–50 characters.</param>
    /// <param name="area">The residence's chargeable floor area in m², above zero.</param>
    /// <exception cref="ArgumentException">The id is blank or the area is not positive; the message names the household.</exception>
    public Household(string id, decimal area)
    {
        Id = Preconditions.CheckText(id, 50);
        if (area <= 0 || area > Fees.Premises.MaxArea)
        {
            throw new ArgumentOutOfRangeException(nameof(area), area, $"Household {Common.Redaction.Mask(Id)}: the area must be above 0 m² (and at most 1,000,000 m²).");
        }

        Area = area;
        Premises = [new Premises(UnitType.Residence, area)];
    }

    /// <summary>Creates a household billed for several premises (e.g. a shop and a parking space on one statement).</summary>
    /// <param name="id">The household's id, 1–50 characters.</param>
    /// <param name="premises">One to 100 premises.</param>
    /// <exception cref="ArgumentException">The id is blank, or no premises (or a null, or more than 100) are given.</exception>
    public Household(string id, IEnumerable<Premises> premises)
    {
        Id = Preconditions.CheckText(id, 50);
        Guard.Against.Null(premises);
        var list = premises.ToImmutableArray();
        if (list.IsEmpty || list.Length > 100 || list.Any(p => p is null))
        {
            throw new ArgumentException($"Household {Common.Redaction.Mask(Id)}: 1–100 premises are needed.", nameof(premises));
        }

        Premises = list;
        Area = list.Sum(p => p.Area);
    }

    /// <summary>The household's id.</summary>
    public string Id { get; }

    /// <summary>The chargeable floor area of all its premises in m².</summary>
    public decimal Area { get; }

    /// <summary>The premises billed.</summary>
    public ImmutableArray<Premises> Premises { get; }

    /// <summary>The day the unit was handed over (交房): the fee runs from this day; <see langword="null"/> when it ran before any period billed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years 1900–2149 or not before <see cref="SoldOn"/>.</exception>
    public LocalDate? HandedOverOn
    {
        get => _handedOverOn;
        init => _handedOverOn = CheckDates(value, _soldOn, nameof(HandedOverOn)).From;
    }

    /// <summary>The day the unit was sold or otherwise left this account: the fee runs up to the day before; <see langword="null"/> when it still runs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years 1900–2149 or not after <see cref="HandedOverOn"/>.</exception>
    public LocalDate? SoldOn
    {
        get => _soldOn;
        init => _soldOn = CheckDates(_handedOverOn, value, nameof(SoldOn)).Until;
    }

    /// <summary>Whether the unit stands vacant (空置房) for the period billed; the schedule's vacancy policy sets what it pays.</summary>
    public bool Vacant { get; init; }

    /// <inheritdoc />
    public bool Equals(Household? other) =>
        other is not null && Id == other.Id && Area == other.Area && Premises.SequenceEqual(other.Premises)
        && HandedOverOn == other.HandedOverOn && SoldOn == other.SoldOn && Vacant == other.Vacant;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Area, HandedOverOn, SoldOn, Vacant);

    /// <summary>E.g. <c>3-2-1201 (89.6 m²)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Area.ToString(CultureInfo.InvariantCulture)} m²)";

    private static (LocalDate? From, LocalDate? Until) CheckDates(LocalDate? from, LocalDate? until, string name)
    {
        foreach (var date in new[] { from, until })
        {
            if (date is { } d && (d.Year < 1900 || d.Year > 2149 || d.Calendar != CalendarSystem.Iso))
            {
                throw new ArgumentOutOfRangeException(name, "Dates lie in the ISO years 1900–2149.");
            }
        }

        if (from is { } f && until is { } u && u <= f)
        {
            throw new ArgumentOutOfRangeException(name, "The sale date lies after the handover date.");
        }

        return (from, until);
    }
}
