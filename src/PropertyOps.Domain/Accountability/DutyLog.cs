using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// The log of visits and forums held for periodic duties (C13), and of the issues owners raised there and their
/// resolution: append-only and immutable. A refused record (unknown duty, dated in the future, the same record twice, a
/// personal duty held by someone else, an issue id used twice, an issue resolved twice or before it was raised) changes
/// nothing and names C13.
/// </summary>
/// <remarks>
/// The revisit handling rate (回访处理率, target 100 %) is the share of the issues raised in revisits that were resolved
/// (回访后对反馈的意见、要求、建议、投诉，及时逐条整理综合、研究、妥善解决), not the share of visits made.
/// </remarks>
public sealed class DutyLog
{
    private static readonly RuleId C13 = RuleId.Parse("C13");

    private DutyLog(ImmutableDictionary<string, PeriodicDuty> duties, ImmutableList<DutyHeld> held, ImmutableDictionary<string, Instant> raised, ImmutableDictionary<string, Instant> resolved)
    {
        Duties = duties;
        Held = held;
        IssuesRaisedAt = raised;
        IssuesResolvedAt = resolved;
    }

    /// <summary>The duties, by id.</summary>
    public ImmutableDictionary<string, PeriodicDuty> Duties { get; }

    /// <summary>What was held, in the order recorded.</summary>
    public ImmutableList<DutyHeld> Held { get; }

    /// <summary>Every issue raised in a visit or forum, by id, with when it was raised.</summary>
    public ImmutableDictionary<string, Instant> IssuesRaisedAt { get; }

    /// <summary>The issues resolved so far, by id, with when.</summary>
    public ImmutableDictionary<string, Instant> IssuesResolvedAt { get; }

    /// <summary>A log for these duties, with nothing held yet.</summary>
    /// <param name="duties">The duties (ids unique).</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentException">Two duties share an id.</exception>
    public static DutyLog For(params PeriodicDuty[] duties)
    {
        Guard.Against.Null(duties);
        var builder = ImmutableDictionary.CreateBuilder<string, PeriodicDuty>(StringComparer.Ordinal);
        foreach (var duty in duties)
        {
            Guard.Against.Null(duty, nameof(duties));
            if (builder.ContainsKey(duty.Id))
            {
                throw new ArgumentException($"Two duties have the id {duty.Id}.", nameof(duties));
            }

            builder.Add(duty.Id, duty);
        }

        var empty = ImmutableDictionary.Create<string, Instant>(StringComparer.Ordinal);
        return new DutyLog(builder.ToImmutable(), [], empty, empty);
    }

    /// <summary>Decides whether a visit or forum held is recorded, as of <paramref name="now"/>.</summary>
    /// <param name="held">What was held.</param>
    /// <param name="now">The current instant (a record dated after it is refused).</param>
    /// <returns>The record accepted (apply it with <see cref="Record"/>), or the refusal (C13).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="held"/> is null.</exception>
    public Decision<DutyHeld> Decide(DutyHeld held, Instant now) =>
        Check(Guard.Against.Null(held), now) is { } refusal ? Decision<DutyHeld>.Refuse(refusal) : Decision<DutyHeld>.Accept(held);

    /// <summary>Decides whether an issue's resolution is recorded, as of <paramref name="now"/>.</summary>
    /// <param name="resolution">The issue and when it was resolved.</param>
    /// <param name="now">The current instant (a resolution dated after it is refused).</param>
    /// <returns>The resolution accepted (apply it with <see cref="Resolve"/>), or the refusal (C13).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolution"/> is null.</exception>
    public Decision<IssueResolved> Decide(IssueResolved resolution, Instant now) =>
        Check(Guard.Against.Null(resolution), now) is { } refusal ? Decision<IssueResolved>.Refuse(refusal) : Decision<IssueResolved>.Accept(resolution);

    /// <summary>Records a visit or forum held, as of <paramref name="now"/>.</summary>
    /// <param name="held">What was held.</param>
    /// <param name="now">The current instant (a record dated after it is refused).</param>
    /// <returns>The new log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="held"/> is null.</exception>
    /// <exception cref="RuleViolationException">The record is refused (C13; <see cref="Decide(DutyHeld, Instant)"/> says why without throwing); this log is unchanged.</exception>
    public DutyLog Record(DutyHeld held, Instant now)
    {
        if (Check(Guard.Against.Null(held), now) is { } refusal)
        {
            throw new RuleViolationException(refusal);
        }

        var raised = IssuesRaisedAt.SetItems(held.IssuesRaised.Select(i => new System.Collections.Generic.KeyValuePair<string, Instant>(i, held.At)));
        return new DutyLog(Duties, Held.Add(held), raised, IssuesResolvedAt);
    }

    /// <summary>Records that an issue raised in a visit or forum was resolved (妥善解决), as of <paramref name="now"/>.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="at">When it was resolved.</param>
    /// <param name="now">The current instant (a resolution dated after it is refused).</param>
    /// <returns>The new log.</returns>
    /// <exception cref="ArgumentException"><paramref name="issueId"/> is null, blank or malformed.</exception>
    /// <exception cref="RuleViolationException">The resolution is refused (C13; <see cref="Decide(IssueResolved, Instant)"/> says why without throwing); this log is unchanged.</exception>
    public DutyLog Resolve(string issueId, Instant at, Instant now)
    {
        var resolution = new IssueResolved(issueId, at);
        if (Check(resolution, now) is { } refusal)
        {
            throw new RuleViolationException(refusal);
        }

        return new DutyLog(Duties, Held, IssuesRaisedAt, IssuesResolvedAt.Add(resolution.IssueId, resolution.At));
    }

    // The one place a record is judged: null when it is accepted.
    private RuleViolation? Check(DutyHeld held, Instant now)
    {
        if (!Duties.TryGetValue(held.DutyId, out var duty))
        {
            return Refusal("There is no such periodic duty.");
        }

        if (held.At > now)
        {
            return Refusal("A visit or forum is recorded once it has taken place, not in advance.");
        }

        if (duty.Officer is { } officer && !string.Equals(officer, held.Actor.Id, StringComparison.Ordinal))
        {
            return Refusal("A personal duty (the director's home visits, an officer's area revisit) is recorded by the officer who owes it.");
        }

        if (Held.Contains(held))
        {
            return Refusal("That visit or forum is already recorded.");
        }

        return held.IssuesRaised.Any(IssuesRaisedAt.ContainsKey) ? Refusal("An issue id is already used in the log.") : null;
    }

    private RuleViolation? Check(IssueResolved resolution, Instant now)
    {
        if (!IssuesRaisedAt.TryGetValue(resolution.IssueId, out var raisedAt))
        {
            return Refusal("No such issue was raised in a visit or forum.");
        }

        if (IssuesResolvedAt.ContainsKey(resolution.IssueId))
        {
            return Refusal("That issue is already resolved.");
        }

        return resolution.At < raisedAt || resolution.At > now
            ? Refusal("An issue is resolved after it was raised and once it has been, not in advance.")
            : null;
    }

    /// <summary>How many issues were raised in visits and forums by <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The count.</returns>
    public int IssuesRaised(Instant asOf) => IssuesRaisedAt.Values.Count(at => at <= asOf);

    /// <summary>How many of them were resolved by <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The count.</returns>
    public int IssuesResolved(Instant asOf) => IssuesResolvedAt.Count(p => p.Value <= asOf && IssuesRaisedAt[p.Key] <= asOf);

    /// <summary>The revisit handling rate (回访处理率, C13 target 100 %): issues resolved over issues raised, by <paramref name="asOf"/>; null when none was raised.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The rate, 0–1, or null.</returns>
    /// <remarks>Rule C13.</remarks>
    public decimal? RevisitHandlingRate(Instant asOf) => IssuesRaised(asOf) is var raised and > 0 ? (decimal)IssuesResolved(asOf) / raised : null;

    /// <summary>The visits and forums an officer held, in the order recorded.</summary>
    /// <param name="officerId">The officer's employee id.</param>
    /// <returns>The records.</returns>
    public ImmutableArray<DutyHeld> HeldBy(string officerId) => [.. Held.Where(h => string.Equals(h.Actor.Id, officerId, StringComparison.Ordinal))];

    /// <summary>The visits and forums that covered an area or household, in the order recorded.</summary>
    /// <param name="areaOrHousehold">The area or household id.</param>
    /// <returns>The records.</returns>
    public ImmutableArray<DutyHeld> Covering(string areaOrHousehold) => [.. Held.Where(h => h.Covers.Contains(areaOrHousehold, StringComparer.Ordinal))];

    private static RuleViolation Refusal(string message) => new(C13, message);
}
