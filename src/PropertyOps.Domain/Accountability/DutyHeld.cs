using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// A visit made or a forum held for a periodic duty (C13): by which officer, covering which areas or households, and the
/// issues owners raised there (回访后对反馈的意见、要求、建议、投诉，及时逐条整理…妥善解决), each to be resolved in the duty log.
/// <see cref="ToString"/> shows how many areas or households it covered, never which (household ids are personal data).
/// </summary>
public sealed record DutyHeld
{
    /// <summary>The most areas or households one record covers.</summary>
    public const int MaxCovered = 10_000;

    /// <summary>The most issues one record raises.</summary>
    public const int MaxIssues = 1_000;

    /// <summary>Creates the record.</summary>
    /// <param name="dutyId">The duty it fulfils.</param>
    /// <param name="at">When it took place (in the supported years).</param>
    /// <param name="actor">The officer who held it (for a personal duty, the employee who owes it).</param>
    /// <param name="covers">The areas (e.g. <c>3栋</c>) or household ids it covered: 1 to <see cref="MaxCovered"/>, each one line of at most 50 characters, no repeats.</param>
    /// <param name="note">What was done (at most 500 characters).</param>
    /// <param name="issuesRaised">The ids of the issues owners raised (1–64 letters, digits, '-', '_', '.' or ':'; no repeats; at most <see cref="MaxIssues"/>).</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public DutyHeld(string dutyId, Instant at, Actor actor, ImmutableArray<string> covers, string note, ImmutableArray<string> issuesRaised = default)
    {
        DutyId = LedgerInvariants.RecordId(dutyId, nameof(dutyId));
        At = Preconditions.CheckInstant(at);
        Actor = actor.IsEmpty || actor.Role == ActorRole.Complainant ? throw new ArgumentException("A duty record needs the officer who held it.", nameof(actor)) : actor;
        var covered = covers.IsDefault ? [] : covers;
        if (covered.IsEmpty || covered.Length > MaxCovered)
        {
            throw new ArgumentException($"A visit or forum covers 1 to {MaxCovered} areas or households.", nameof(covers));
        }

        Covers = [.. covered.Select(c => Preconditions.CheckText(c, 50, nameof(covers)))];
        if (Covers.Distinct(StringComparer.Ordinal).Count() != Covers.Length)
        {
            throw new ArgumentException("An area or household is listed twice.", nameof(covers));
        }

        Note = Preconditions.CheckText(note, 500, multiline: true);
        var issues = issuesRaised.IsDefault ? [] : issuesRaised;
        if (issues.Length > MaxIssues || issues.Any(i => !Preconditions.IsKey(i)) || issues.Distinct(StringComparer.Ordinal).Count() != issues.Length)
        {
            throw new ArgumentException($"Issue ids are 1–64 letters, digits, '-', '_', '.' or ':', at most {MaxIssues}, none twice.", nameof(issuesRaised));
        }

        IssuesRaised = issues;
    }

    /// <summary>The duty it fulfils.</summary>
    public string DutyId { get; }

    /// <summary>When it took place.</summary>
    public Instant At { get; }

    /// <summary>The officer who held it.</summary>
    public Actor Actor { get; }

    /// <summary>The areas or households it covered.</summary>
    public ImmutableArray<string> Covers { get; }

    /// <summary>What was done.</summary>
    public string Note { get; }

    /// <summary>The issues owners raised there.</summary>
    public ImmutableArray<string> IssuesRaised { get; }

    /// <inheritdoc />
    public bool Equals(DutyHeld? other) =>
        other is not null && DutyId == other.DutyId && At == other.At && Actor == other.Actor && Note == other.Note
        && Covers.SequenceEqual(other.Covers) && IssuesRaised.SequenceEqual(other.IssuesRaised);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DutyId, At, Actor, Covers.Length, IssuesRaised.Length);

    /// <summary>E.g. <c>area-revisit:E2001 by E2001 at 2026-03-14T02:00:00Z, 12 covered, 2 issue(s)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{DutyId} by {Actor.Id} at {Invariant.Instant(At)}, {Covers.Length} covered, {IssuesRaised.Length} issue(s)";
}
