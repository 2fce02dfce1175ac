using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

public static partial class FeeCalculator
{
    /// <summary>
    /// Bills any period (a month, quarter, half-year, year or date range) with the schedule's fee items per unit type,
    /// vacancy, pro-rating and prepayment, settled quarter by quarter (F1–F3, 多退少补).
    /// </summary>
    /// <param name="households">The households to bill (each id once); each premises' unit type must be priced.</param>
    /// <param name="surveys">The returned surveys of any quarters; those of the quarters the period overlaps are used.</param>
    /// <param name="period">The period billed.</param>
    /// <param name="schedule">The fee schedule.</param>
    /// <param name="zone">The estate's time zone (survey windows, and when a quarter's survey closes).</param>
    /// <param name="asOf">When the bills are drawn up.</param>
    /// <param name="prepayments">What each household prepaid (预交) for the period, by household id; absent ids prepaid nothing.</param>
    /// <returns>One statement per household, in the order given.</returns>
    /// <exception cref="ArgumentException">The schedule is invalid or prices no item for a unit type billed; a household id repeats; a
    /// survey names an unknown household or other items; a prepayment names an unknown household, is negative, not whole fen
    /// or in another currency. The message names the field.</exception>
    /// <exception cref="RuleViolationException">A household returned two surveys for a quarter (F1), or a survey is for a quarter
    /// that has not started by <paramref name="asOf"/> (F2).</exception>
    /// <remarks>
    /// <para>Each quarter the period overlaps is one part of the statement, billed by that quarter's rate (a monthly bill
    /// uses the rate of its quarter) once the quarter's survey has closed: when the quarter has ended in
    /// <paramref name="zone"/> by <paramref name="asOf"/>. Before that the part is pending: billed at the full fee and
    /// settled later.</para>
    /// <para>Per item: base = round(quantity × price × months), where quantity is the area for a per-m² price and 1 for a per-unit
    /// price and a partial month counts its days ÷ the days of the month (the fee runs from the handover day up to the day
    /// before a sale); a vacant unit pays the vacancy share of the items the policy names; payable = round(base × factor)
    /// for items priced by satisfaction, else the base; all to the fen with <see cref="FeeSchedule.Rounding"/>. The
    /// statement's payable is the parts' sum rounded to <see cref="FeeSchedule.PayableUnit"/>; the settlement is prepaid −
    /// payable (a refund when positive, a balance due when negative).</para>
    /// </remarks>
    public static ImmutableArray<PeriodStatement> BillPeriod(
        IEnumerable<Household> households,
        IEnumerable<SatisfactionSurvey> surveys,
        BillingPeriod period,
        FeeSchedule schedule,
        DateTimeZone zone,
        Instant asOf,
        IReadOnlyDictionary<string, Money>? prepayments = null)
    {
        Guard.Against.Null(households);
        Guard.Against.Null(surveys);
        Guard.Against.Null(schedule);
        Guard.Against.Null(zone);
        schedule.Validate();
        using var index = HouseholdIndex.Of(households);
        var homes = index.Homes;
        var prepaid = Prepaid(prepayments, index, homes.Count, schedule.UnitPrice.Currency);
        var context = Run(homes, index, surveys, period, schedule, zone, asOf, prepaid, settleOpen: false);
        var statements = new PeriodStatement[homes.Count];
        ForEachHousehold(homes.Count, h =>
        {
            context.Fill(h, prepaid is null ? 0 : prepaid[h]);
            statements[h] = new PeriodStatement(context, h);
        });
        context.CheckLargest(nameof(households));
        return ImmutableCollectionsMarshal.AsImmutableArray(statements);
    }

    /// <summary>
    /// The full fee of a period for one household (what it prepays, 预交): every item's base fee, with pro-rating and
    /// vacancy, before satisfaction.
    /// </summary>
    /// <param name="household">The household.</param>
    /// <param name="period">The period.</param>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The fee, to the fen.</returns>
    /// <exception cref="ArgumentException">The schedule is invalid or prices no item for one of the household's unit types.</exception>
    public static Money FullFee(Household household, BillingPeriod period, FeeSchedule schedule)
    {
        Guard.Against.Null(household);
        Guard.Against.Null(schedule);
        schedule.Validate();
        var context = new PeriodContext(period, schedule, [household], DateTimeZone.Utc, Instant.MinValue);
        context.Fill(0, 0);
        context.CheckLargest(nameof(household));
        return new Money(context.TotalBase(0), context.Currency);
    }

    // The one pipeline every bill runs: the parts and their books, every survey rated and recorded, the books closed.
    private static PeriodContext Run(
        List<Household> homes,
        HouseholdIndex index,
        IEnumerable<SatisfactionSurvey> surveys,
        BillingPeriod period,
        FeeSchedule schedule,
        DateTimeZone zone,
        Instant asOf,
        decimal[]? prepaid,
        bool settleOpen)
    {
        var context = new PeriodContext(period, schedule, homes, zone, asOf, prepaid is not null, settleOpen);
        RecordAll(surveys, index, context.BookFor, context.Books, context.ServiceItems, context.Weights, schedule, zone, asOf);
        foreach (var book in context.Books)
        {
            book.ReleaseClaims();
        }

        context.Close(homes, schedule);
        return context;
    }

    private static decimal[]? Prepaid(IReadOnlyDictionary<string, Money>? prepayments, HouseholdIndex index, int count, string currency)
    {
        if (prepayments is null)
        {
            return null;
        }

        var prepaid = new decimal[count];
        foreach (var (id, amount) in prepayments)
        {
            if (!index.TryGetValue(id, out var h))
            {
                throw new ArgumentException($"A prepayment names household {Domain.Common.Redaction.Mask(id)}, which is not among the households billed.", nameof(prepayments));
            }

            if (amount.Amount < 0 || !amount.IsWholeFen || amount.Currency != currency)
            {
                throw new ArgumentException($"Household {Domain.Common.Redaction.Mask(id)}: a prepayment is a non-negative whole number of fen in {currency}.", nameof(prepayments));
            }

            prepaid[h] = amount.Amount;
        }

        return prepaid;
    }
}
