using System;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// A periodic duty of a person or an estate (C13): what, who, how often, and how many times per period (at least
/// <see cref="MinPerPeriod"/>; the regulation's "1–2 times a year" gives a maximum too). A personal duty (the office
/// director's home visits, an officer's area revisit) names its <see cref="Officer"/>, who alone records it; an officer's
/// revisit names the <see cref="Area"/> it covers.
/// </summary>
public sealed record PeriodicDuty
{
    /// <summary>Creates a duty.</summary>
    /// <param name="id">The duty's id, e.g. <c>forum-estate-a</c> (1–64 letters, digits, '-', '_', '.' or ':').</param>
    /// <param name="kind">The duty.</param>
    /// <param name="responsible">Who owes it: an employee id for a personal duty (director's home visits, area revisit), the estate for a forum (one line, at most 50 characters).</param>
    /// <param name="period">How often it falls due.</param>
    /// <param name="minPerPeriod">How many times per period at least (1–12).</param>
    /// <param name="maxPerPeriod">How many times per period at most, if the regulation says (at least the minimum).</param>
    /// <param name="area">For an area revisit, the area it covers (one line, at most 50 characters).</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public PeriodicDuty(string id, PeriodicDutyKind kind, string responsible, DutyPeriod period, int minPerPeriod = 1, int? maxPerPeriod = null, string? area = null)
    {
        Id = LedgerInvariants.RecordId(id, nameof(id));
        Kind = Guard.Against.Undefined(kind);
        Responsible = kind == PeriodicDutyKind.OwnersForum ? Preconditions.CheckText(responsible, 50) : LedgerInvariants.EmployeeId(responsible);
        Period = Guard.Against.Undefined(period);
        MinPerPeriod = Guard.Against.OutOfRange(minPerPeriod, nameof(minPerPeriod), 1, 12);
        if (maxPerPeriod is { } max && (max < minPerPeriod || max > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPeriod), "The most times per period lies between the least and 12.");
        }

        MaxPerPeriod = maxPerPeriod;
        Area = area is null ? null : Preconditions.CheckText(area, 50, nameof(area));
    }

    /// <summary>The duty's id.</summary>
    public string Id { get; }

    /// <summary>The duty.</summary>
    public PeriodicDutyKind Kind { get; }

    /// <summary>Who owes it: the officer's employee id, or the estate for a forum.</summary>
    public string Responsible { get; }

    /// <summary>For a personal duty, the officer who owes it and records it; null for an estate's forum.</summary>
    public string? Officer => Kind == PeriodicDutyKind.OwnersForum ? null : Responsible;

    /// <summary>For an area revisit, the area it covers.</summary>
    public string? Area { get; }

    /// <summary>How often it falls due.</summary>
    public DutyPeriod Period { get; }

    /// <summary>How many times per period at least.</summary>
    public int MinPerPeriod { get; }

    /// <summary>How many times per period at most, if bounded.</summary>
    public int? MaxPerPeriod { get; }
}
