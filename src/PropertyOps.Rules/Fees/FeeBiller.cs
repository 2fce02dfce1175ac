using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// The fee calculator bound to one schedule, the estate's zone and a clock: what a vendor's app injects to bill (F1–F3).
/// Immutable and thread-safe.
/// </summary>
public sealed class FeeBiller
{
    /// <summary>Creates a biller.</summary>
    /// <param name="schedule">The fee schedule (validated here).</param>
    /// <param name="zone">The estate's time zone.</param>
    /// <param name="clock">The clock "now" is read from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schedule is invalid.</exception>
    public FeeBiller(FeeSchedule schedule, DateTimeZone zone, IClock clock)
    {
        Schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        schedule.Validate();
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The schedule.</summary>
    public FeeSchedule Schedule { get; }

    /// <summary>The estate's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>Bills a quarter as of now, or as of <paramref name="asOf"/> (see <see cref="FeeCalculator.Bill"/>).</summary>
    /// <param name="households">The households.</param>
    /// <param name="surveys">The surveys.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="asOf">The instant to bill as of (a past or future bill without replacing the clock); the clock's now when null.</param>
    /// <returns>The statements.</returns>
    public ImmutableArray<FeeStatement> Bill(IEnumerable<Household> households, IEnumerable<SatisfactionSurvey> surveys, Quarter quarter, Instant? asOf = null) =>
        FeeCalculator.Bill(households, surveys, quarter, Schedule, Zone, asOf ?? Clock.GetCurrentInstant());

    /// <summary>Bills a period as of now, or as of <paramref name="asOf"/>, with prepayments settled by quarter (see <see cref="FeeCalculator.BillPeriod"/>).</summary>
    /// <param name="households">The households.</param>
    /// <param name="surveys">The surveys.</param>
    /// <param name="period">The period.</param>
    /// <param name="prepayments">What each household prepaid, by id.</param>
    /// <param name="asOf">The instant to bill as of (a past or future bill without replacing the clock); the clock's now when null.</param>
    /// <returns>The statements.</returns>
    public ImmutableArray<PeriodStatement> BillPeriod(IEnumerable<Household> households, IEnumerable<SatisfactionSurvey> surveys, BillingPeriod period, IReadOnlyDictionary<string, Money>? prepayments = null, Instant? asOf = null) =>
        FeeCalculator.BillPeriod(households, surveys, period, Schedule, Zone, asOf ?? Clock.GetCurrentInstant(), prepayments);

    /// <summary>The full fee of a period for one household (what it prepays).</summary>
    /// <param name="household">The household.</param>
    /// <param name="period">The period.</param>
    /// <returns>The fee.</returns>
    public Money FullFee(Household household, BillingPeriod period) => FeeCalculator.FullFee(household, period, Schedule);
}
