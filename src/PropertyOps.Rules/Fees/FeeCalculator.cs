using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// Bills by satisfaction (买单式物业管理, F1–F3): a quarter (<see cref="Bill"/>) or any period with fee items, unit types,
/// vacancy, pro-rating, prepayment and settlement by quarter (<see cref="BillPeriod"/>), with statements explaining each
/// number. Pure: the same households, surveys and schedule give the same bills in any order; inputs are never changed.
/// </summary>
public static partial class FeeCalculator
{
    internal static readonly RuleId F1 = RuleId.Parse("F1");
    private static readonly RuleId F2 = RuleId.Parse("F2");

    /// <summary>The decimal places a satisfaction rate (as a fraction) is kept to.</summary>
    public const int RateDecimals = 10;

    /// <summary>Bills one quarter.</summary>
    /// <param name="households">The households to bill (each id once).</param>
    /// <param name="surveys">The returned surveys; surveys of other, earlier quarters are ignored.</param>
    /// <param name="quarter">The quarter to bill.</param>
    /// <param name="schedule">The fee schedule.</param>
    /// <param name="zone">The estate's time zone (for the survey windows).</param>
    /// <param name="asOf">When the bills are drawn up.</param>
    /// <returns>One statement per household, in the order given.</returns>
    /// <exception cref="ArgumentException">The schedule is invalid or prices fee items or vacancy; a household id repeats or a household
    /// has several premises, another unit type, or a handover or sale within the quarter (bill those with <see cref="BillPeriod"/>);
    /// a survey names an unknown household, scores items the schedule does not list (or leaves one out), or is on a different
    /// scale than it declares.</exception>
    /// <exception cref="RuleViolationException">A household returned two surveys for the quarter (F1), or a survey is for a quarter
    /// that has not started by <paramref name="asOf"/> (F2); the message names the household.</exception>
    /// <remarks>The base fee is area × <see cref="FeeSchedule.UnitPrice"/> × 3 months; for fee items, unit types, vacancy and
    /// other periods use <see cref="BillPeriod"/>. The bill is the quarter's part of <see cref="BillPeriod"/> for
    /// <see cref="BillingPeriod.OfQuarter"/> (one pipeline, one rounding), except that it rates the surveys come in by
    /// <paramref name="asOf"/> even before the quarter's survey has closed; its <see cref="FeeStatement.Payable"/> is to the
    /// fen (the schedule's <see cref="FeeSchedule.PayableUnit"/> applies to period statements).</remarks>
    public static ImmutableArray<FeeStatement> Bill(
        IEnumerable<Household> households,
        IEnumerable<SatisfactionSurvey> surveys,
        Quarter quarter,
        FeeSchedule schedule,
        DateTimeZone zone,
        Instant asOf)
    {
        Guard.Against.Null(households);
        Guard.Against.Null(surveys);
        Guard.Against.Null(schedule);
        Guard.Against.Null(zone);
        schedule.Validate();
        if (!schedule.Items.IsEmpty || schedule.Vacancy is not null)
        {
            throw new ArgumentException("The schedule prices fee items or vacancy; bill it with BillPeriod (BillingPeriod.OfQuarter).", nameof(schedule));
        }

        using var index = HouseholdIndex.Of(households);
        var homes = index.Homes;
        foreach (var home in homes)
        {
            if (home.Premises.Length != 1 || !home.Premises[0].Type.Equals(UnitType.Residence)
                || (home.HandedOverOn is { } from && from > quarter.Start) || (home.SoldOn is { } until && until <= quarter.End))
            {
                throw new ArgumentException($"Household {Redaction.Mask(home.Id)} has several premises, another unit type, or a handover or sale within {quarter}; bill it with BillPeriod.", nameof(households));
            }
        }

        // A projection of the one pipeline: the period of one quarter, rated from what has come in by asOf.
        var context = Run(homes, index, surveys, BillingPeriod.OfQuarter(quarter), schedule, zone, asOf, null, settleOpen: true);
        var statements = new FeeStatement[homes.Count];
        ForEachHousehold(homes.Count, h =>
        {
            context.Fill(h, 0);
            statements[h] = new FeeStatement(context, h);
        });
        context.CheckLargest(nameof(households));
        return ImmutableCollectionsMarshal.AsImmutableArray(statements);
    }

    /// <summary>The satisfaction rate of one survey under a schedule (F3).</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="schedule">The schedule (items, weights and method).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException">The survey's items differ from the schedule's.</exception>
    public static SatisfactionRate RateOf(SatisfactionSurvey survey, FeeSchedule schedule)
    {
        Guard.Against.Null(survey);
        Guard.Against.Null(schedule);
        schedule.Validate();
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToImmutableArray();
        return Published(RateOf(survey, items, items.Select(i => schedule.Weights[i]).ToImmutableArray(), schedule.Method), schedule);
    }

    /// <summary>Estates at least this large (households or surveys) are billed on all cores; the bills are the same.</summary>
    internal const int ParallelThreshold = 4096;

    internal const int Chunk = 1024;

    private static void ForEachHousehold(int count, Action<int> bill)
    {
        if (count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            for (var h = 0; h < count; h++)
            {
                bill(h);
            }

            return;
        }

        System.Threading.Tasks.Parallel.For(0, (count + Chunk - 1) / Chunk, c =>
        {
            for (int h = c * Chunk, end = Math.Min(count, h + Chunk); h < end; h++)
            {
                bill(h);
            }
        });
    }

    // Every survey is rated and recorded in one pass (on all cores for large estates): each household's slot in a book is
    // claimed atomically, so a duplicate is noticed wherever it falls. If anything is wrong — a bad survey or a duplicate —
    // the books are cleared and the surveys replayed one by one in the order given, so errors and duplicates (F1) are
    // reported exactly as a single pass reports them.
    private static void RecordAll(
        IEnumerable<SatisfactionSurvey> surveys,
        HouseholdIndex index,
        Func<Quarter, RateBook?> bookFor,
        IEnumerable<RateBook> books,
        ImmutableArray<ServiceItem> items,
        ImmutableArray<decimal> weights,
        FeeSchedule schedule,
        DateTimeZone zone,
        Instant asOf)
    {
        var all = surveys as IReadOnlyList<SatisfactionSurvey> ?? surveys.ToArray();
        var wholeWeights = WholeWeights(weights);
        var today = asOf.InZone(zone).Date;
        Quarter? current = today.Year < 1900 ? null : today.Year > 2149 ? new Quarter(2149, 4) : Quarter.Of(today);
        var failed = 0;
        ForEachHousehold(all.Count, i =>
        {
            var survey = all[i];
            if (survey is null || (current is not { } started || survey.Quarter.CompareTo(started) > 0))
            {
                failed = 1;
                return;
            }

            if (bookFor(survey.Quarter) is not { } book)
            {
                return;
            }

            if (!index.TryGetValue(survey.HouseholdId, out var h) || !book.TryClaim(h))
            {
                failed = 1;
                return;
            }

            try
            {
                book.Record(h, PublishedRateOf(survey, items, weights, schedule, wholeWeights), book.FlagsOf(survey), schedule);
            }
            catch (ArgumentException)
            {
                failed = 1;
            }
        });

        if (failed == 0)
        {
            return;
        }

        // The careful replay: throws the first problem in the order given.
        foreach (var book in books)
        {
            book.Clear();
        }

        foreach (var survey in all)
        {
            Guard.Against.Null(survey, nameof(surveys));
            CheckStarted(survey, current);
            if (bookFor(survey.Quarter) is not { } book)
            {
                continue;
            }

            var h = Find(index, survey);
            book.CheckFirst(h, survey);
            book.Record(h, PublishedRateOf(survey, items, weights, schedule, wholeWeights), book.FlagsOf(survey), schedule);
        }

        throw new InvalidOperationException("The surveys could not be recorded; replaying them found no problem.");
    }

    private static int Find(HouseholdIndex index, SatisfactionSurvey survey) =>
        index.TryGetValue(survey.HouseholdId, out var h)
            ? h
            : throw new ArgumentException($"Household {Redaction.Mask(survey.HouseholdId)} returned a survey but is not among the households billed.", "surveys");

    // A quarter has started by asOf when its first day has begun in the estate's zone: when it is not after the quarter
    // of asOf's local date.
    private static void CheckStarted(SatisfactionSurvey survey, Quarter? current)
    {
        if (current is not { } started || survey.Quarter.CompareTo(started) > 0)
        {
            throw new RuleViolationException(new RuleViolation(F2, $"Household {Redaction.Mask(survey.HouseholdId)}: the survey is for {survey.Quarter}, which has not started."));
        }
    }

    internal static ImmutableArray<string>[] FlagTexts(FeeSchedule schedule)
    {
        var outcome = schedule.LateSurveys == LateSurveyHandling.Refuse ? "refused" : "counted";
        return
        [
            [],
            [$"late survey {outcome} (F2)"],
            [$"early survey (returned before the collection window) {outcome} (F2)"],
            [$"survey handed out outside the first {schedule.WindowDays} days {outcome} (F2)"],
            [$"late survey {outcome} (F2)", $"survey handed out outside the first {schedule.WindowDays} days (F2)"],
            [$"early survey (returned before the collection window) {outcome} (F2)", $"survey handed out outside the first {schedule.WindowDays} days (F2)"],
        ];
    }

    // The rate is rounded to the precision the estate publishes (四舍五入) before the band or line is applied, so the rate
    // printed on the statement is the rate billed.
    internal static SatisfactionRate Published(SatisfactionRate rate, FeeSchedule schedule) =>
        new(Math.Round(rate.Fraction, schedule.PublishedRateDecimals, MidpointRounding.AwayFromZero));

    // Whole-number weights (the usual case) let whole-number scores be rated in integers: exact, and without a decimal division.
    private static long[]? WholeWeights(ImmutableArray<decimal> weights)
    {
        var whole = new long[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != decimal.Truncate(weights[i]) || weights[i] > 1_000_000)
            {
                return null;
            }

            whole[i] = (long)weights[i];
        }

        return whole;
    }

    // The raw parts: a scale of 0 and a magnitude below 2³¹ mean a whole number that fits (no decimal comparison needed).
    private static bool IsWhole(decimal value, out long whole) =>
        DecimalParts.TrySplit(value, int.MaxValue + 1L, out whole, out var scale) && scale == 0;

    /// <summary>
    /// The rate of a survey with whole-number scores on a whole-number scale: N ÷ D with N = Σwᵢ(sᵢ − min) (or Σwᵢ over the
    /// items rated satisfied) and D = (max − min)·Σwᵢ (or Σwᵢ), rounded half away from zero to <see cref="RateDecimals"/>
    /// places in integers. It equals the decimal path: N ÷ D has a denominator far too small to fall within 10⁻²⁸ of a
    /// rounding midpoint unless it is one.
    /// </summary>
    private static bool TryWholeRate(SatisfactionSurvey survey, ImmutableArray<ServiceItem> items, long[] weights, RateMethod method, int published, out SatisfactionRate rate)
    {
        rate = default;
        var scores = survey.Items;
        var scale = survey.Scale;
        if (scores.Length != items.Length || !IsWhole(scale.Minimum, out var min) || !IsWhole(scale.Maximum, out var max) || !IsWhole(scale.Satisfied, out var satisfied))
        {
            return false;
        }

        long n = 0;
        long w = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (!(ReferenceEquals(scores[i].Item, items[i]) || scores[i].Item.Equals(items[i])) || !IsWhole(scores[i].Score, out var score))
            {
                return false;
            }

            n += weights[i] * (method == RateMethod.WeightedMean ? score - min : score >= satisfied ? 1 : 0);
            w += weights[i];
        }

        var d = method == RateMethod.WeightedMean ? (max - min) * w : w;
        if (d <= 0 || d > 100_000_000 || n < 0 || n > d || min > max)
        {
            return false;
        }

        const long Scale = 10_000_000_000; // 10^RateDecimals
        var q = Math.DivRem(n * Scale, d, out var remainder);
        if (2 * remainder >= d)
        {
            q++;
        }

        // Then to the published places, half away from zero, as Published rounds the decimal: both roundings in integers.
        var places = RateDecimals;
        if (published < RateDecimals)
        {
            var divisor = DecimalParts.Pow10[RateDecimals - published];
            q = Math.DivRem(q, divisor, out var rest) + (2 * rest >= divisor ? 1 : 0);
            places = published;
        }

        rate = new SatisfactionRate(DecimalParts.Join(q, places));
        return true;
    }

    // A survey's rate as published (F3): in integers for whole-number scores and weights, else Published(RateOf(…)).
    private static SatisfactionRate PublishedRateOf(SatisfactionSurvey survey, ImmutableArray<ServiceItem> items, ImmutableArray<decimal> weights, FeeSchedule schedule, long[]? wholeWeights) =>
        wholeWeights is not null && schedule.PublishedRateDecimals <= RateDecimals && TryWholeRate(survey, items, wholeWeights, schedule.Method, schedule.PublishedRateDecimals, out var whole)
            ? whole
            : Published(RateOf(survey, items, weights, schedule.Method), schedule);

    private static SatisfactionRate RateOf(SatisfactionSurvey survey, ImmutableArray<ServiceItem> items, ImmutableArray<decimal> weights, RateMethod method)
    {
        var scores = survey.Items;
        decimal weighted = 0;
        decimal totalWeight = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (i >= scores.Length || !(ReferenceEquals(scores[i].Item, items[i]) || scores[i].Item.Equals(items[i])))
            {
                throw Mismatch(survey, items);
            }

            var score = scores[i].Score;
            weighted += weights[i] * (method == RateMethod.WeightedMean ? score : score >= survey.Scale.Satisfied ? 1 : 0);
            totalWeight += weights[i];
        }

        if (scores.Length != items.Length)
        {
            throw new ArgumentException($"Household {Redaction.Mask(survey.HouseholdId)}: the survey scores {scores[items.Length].Item}, which the schedule does not list.", nameof(survey));
        }

        // One division per survey: the weighted mean of normalised scores is (Σwᵢsᵢ − min·Σwᵢ) / ((max − min)·Σwᵢ).
        var fraction = method == RateMethod.WeightedMean
            ? (weighted - (survey.Scale.Minimum * totalWeight)) / ((survey.Scale.Maximum - survey.Scale.Minimum) * totalWeight)
            : weighted / totalWeight;

        // Rates carry ten decimal places (a 10⁻⁸ % step), so equal surveys give equal rates and averages exactly.
        return new SatisfactionRate(Math.Round(Math.Clamp(fraction, 0, 1), RateDecimals, MidpointRounding.AwayFromZero));
    }

    // Kept out of RateOf: the lambdas' captured variables would otherwise be allocated on every call, error or not.
    private static ArgumentException Mismatch(SatisfactionSurvey survey, ImmutableArray<ServiceItem> items)
    {
        var scores = survey.Items;
        var extra = scores.FirstOrDefault(s => !items.Contains(s.Item)).Item;
        return new ArgumentException(
            extra is not null
                ? $"Household {Redaction.Mask(survey.HouseholdId)}: the survey scores {extra}, which the schedule does not list."
                : $"Household {Redaction.Mask(survey.HouseholdId)}: the survey leaves out {items.First(item => !scores.Any(s => s.Item.Equals(item)))}.",
            nameof(survey));
    }

    internal static decimal FactorFor(FeeSchedule schedule, SatisfactionRate rate) =>
        Math.Clamp(schedule.Factors.FactorFor(rate), schedule.Floor, 1);
}
