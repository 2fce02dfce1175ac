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

    /// <summary>Records a visit or forum held, as of <paramref name="now"/>.</summary>
    /// <param name="held">What was held.</param>
    /// <param name="now">The current instant (a record dated after it is refused).</param>
    /// <returns>The new log, or the refusal (C13) and this log unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="held"/> is null.</exception>
    public (DutyLog Log, RuleViolation? Refusal) Record(DutyHeld held, Instant now)
    {
        Guard.Against.Null(held);
        if (!Duties.TryGetValue(held.DutyId, out var duty))
        {
            return Refuse("There is no such periodic duty.");
        }

        if (held.At > now)
        {
            return Refuse("A visit or forum is recorded once it has taken place, not in advance.");
        }

        if (duty.Officer is { } officer && !string.Equals(officer, held.Actor.Id, StringComparison.Ordinal))
        {
            return Refuse("A personal duty (the director's home visits, an officer's area revisit) is recorded by the officer who owes it.");
        }

        if (Held.Contains(held))
        {
            return Refuse("That visit or forum is already recorded.");
        }

        if (held.IssuesRaised.Any(IssuesRaisedAt.ContainsKey))
        {
            return Refuse("An issue id is already used in the log.");
        }

        var raised = IssuesRaisedAt.SetItems(held.IssuesRaised.Select(i => new System.Collections.Generic.KeyValuePair<string, Instant>(i, held.At)));
        return (new DutyLog(Duties, Held.Add(held), raised, IssuesResolvedAt), null);
    }

    /// <summary>Records that an issue raised in a visit or forum was resolved (妥善解决), as of <paramref name="now"/>.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="at">When it was resolved.</param>
    /// <param name="now">The current instant (a resolution dated after it is refused).</param>
    /// <returns>The new log, or the refusal (C13) and this log unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="issueId"/> is null or blank.</exception>
    public (DutyLog Log, RuleViolation? Refusal) Resolve(string issueId, Instant at, Instant now)
    {
        Guard.Against.NullOrWhiteSpace(issueId);
        if (!IssuesRaisedAt.TryGetValue(issueId, out var raisedAt))
        {
            return Refuse("No such issue was raised in a visit or forum.");
        }

        if (IssuesResolvedAt.ContainsKey(issueId))
        {
            return Refuse("That issue is already resolved.");
        }

        if (at < raisedAt || at > now)
        {
            return Refuse("An issue is resolved after it was raised and once it has been, not in advance.");
        }

        return (new DutyLog(Duties, Held, IssuesRaisedAt, IssuesResolvedAt.Add(issueId, at)), null);
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

    private (DutyLog, RuleViolation?) Refuse(string message) => (this, new RuleViolation(C13, message));
}
