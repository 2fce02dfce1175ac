using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// The log of visits and forums held for periodic duties (C13): append-only and immutable. A record for an unknown duty,
/// one dated in the future, or the same record twice is refused with C13 and changes nothing.
/// </summary>
public sealed class DutyLog
{
    private static readonly RuleId C13 = RuleId.Parse("C13");

    private DutyLog(ImmutableDictionary<string, PeriodicDuty> duties, ImmutableList<DutyHeld> held)
    {
        Duties = duties;
        Held = held;
    }

    /// <summary>The duties, by id.</summary>
    public ImmutableDictionary<string, PeriodicDuty> Duties { get; }

    /// <summary>What was held, in the order recorded.</summary>
    public ImmutableList<DutyHeld> Held { get; }

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

        return new DutyLog(builder.ToImmutable(), []);
    }

    /// <summary>Records a visit or forum held, as of <paramref name="now"/>.</summary>
    /// <param name="held">What was held.</param>
    /// <param name="now">The current instant (a record dated after it is refused).</param>
    /// <returns>The new log, or the refusal (C13) and this log unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="held"/> is null.</exception>
    public (DutyLog Log, RuleViolation? Refusal) Record(DutyHeld held, Instant now)
    {
        Guard.Against.Null(held);
        if (!Duties.ContainsKey(held.DutyId))
        {
            return (this, new RuleViolation(C13, "There is no such periodic duty."));
        }

        if (held.At > now)
        {
            return (this, new RuleViolation(C13, "A visit or forum is recorded once it has taken place, not in advance."));
        }

        if (Held.Contains(held))
        {
            return (this, new RuleViolation(C13, "That visit or forum is already recorded."));
        }

        return (new DutyLog(Duties, Held.Add(held)), null);
    }
}
