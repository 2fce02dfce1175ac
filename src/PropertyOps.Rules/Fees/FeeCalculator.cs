using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    private static readonly RuleId F1 = RuleId.Parse("F1");
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
    /// <exception cref="ArgumentException">The schedule is invalid; a household id repeats; a survey names an unknown household,
    /// scores items the schedule does not list (or leaves one out), or is on a different scale than it declares.</exception>
    /// <exception cref="RuleViolationException">A household returned two surveys for the quarter (F1), or a survey is for a quarter
    /// that has not started by <paramref name="asOf"/> (F2); the message names the household.</exception>
    /// <remarks>The base fee is area × <see cref="FeeSchedule.UnitPrice"/> × 3 months; for fee items, unit types, vacancy and
    /// other periods use <see cref="BillPeriod"/>.</remarks>
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
        var (homes, index) = Index(households);
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToImmutableArray();
        var weights = items.Select(i => schedule.Weights[i]).ToImmutableArray();
        var book = new RateBook(quarter, schedule, zone, homes.Count);
        foreach (var survey in surveys)
        {
            Guard.Against.Null(survey, nameof(surveys));
            CheckStarted(survey, zone, asOf);
            if (survey.Quarter == quarter)
            {
                book.Record(survey, Find(index, survey), items, weights, schedule);
            }
        }

        book.Close(homes, schedule);
        var flagTexts = FlagTexts(schedule);
        var statements = ImmutableArray.CreateBuilder<FeeStatement>(homes.Count);
        var monthsTimesPrice = schedule.UnitPrice * Quarter.Months;
        for (var h = 0; h < homes.Count; h++)
        {
            var home = homes[h];
            var @base = (monthsTimesPrice * home.Area).Round(schedule.Rounding);
            var (rate, factor, basis) = book.Decide(h, schedule);
            var payable = (@base * factor).Round(schedule.Rounding);
            statements.Add(new FeeStatement(home, quarter, schedule, items, weights, @base, rate, factor, payable, book.Rates[h] is not null, basis, flagTexts[book.Flags[h]], book.ResponseRate));
        }

        return statements.MoveToImmutable();
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

    private static (List<Household> Homes, Dictionary<string, int> Index) Index(IEnumerable<Household> households)
    {
        var homes = households.ToList();
        var index = new Dictionary<string, int>(homes.Count, StringComparer.Ordinal);
        for (var i = 0; i < homes.Count; i++)
        {
            var home = homes[i] ?? throw new ArgumentException($"Household #{i} is null.", nameof(households));
            if (!index.TryAdd(home.Id, i))
            {
                throw new ArgumentException($"Household {home.Id} is listed twice.", nameof(households));
            }
        }

        return (homes, index);
    }

    private static int Find(Dictionary<string, int> index, SatisfactionSurvey survey) =>
        index.TryGetValue(survey.HouseholdId, out var h)
            ? h
            : throw new ArgumentException($"Household {survey.HouseholdId} returned a survey but is not among the households billed.", "surveys");

    private static void CheckStarted(SatisfactionSurvey survey, DateTimeZone zone, Instant asOf)
    {
        if (zone.AtStartOfDay(survey.Quarter.Start).ToInstant() > asOf)
        {
            throw new RuleViolationException(new RuleViolation(F2, $"Household {survey.HouseholdId}: the survey is for {survey.Quarter}, which has not started."));
        }
    }

    private static ImmutableArray<string>[] FlagTexts(FeeSchedule schedule)
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
    private static SatisfactionRate Published(SatisfactionRate rate, FeeSchedule schedule) =>
        new(Math.Round(rate.Fraction, schedule.PublishedRateDecimals, MidpointRounding.AwayFromZero));

    private static SatisfactionRate RateOf(SatisfactionSurvey survey, ImmutableArray<ServiceItem> items, ImmutableArray<decimal> weights, RateMethod method)
    {
        var scores = survey.Items;
        decimal weighted = 0;
        decimal totalWeight = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (i >= scores.Length || !(ReferenceEquals(scores[i].Item, items[i]) || scores[i].Item.Equals(items[i])))
            {
                var extra = scores.FirstOrDefault(s => !items.Contains(s.Item)).Item;
                throw new ArgumentException(
                    extra is not null
                        ? $"Household {survey.HouseholdId}: the survey scores {extra}, which the schedule does not list."
                        : $"Household {survey.HouseholdId}: the survey leaves out {items.First(item => !scores.Any(s => s.Item.Equals(item)))}.",
                    nameof(survey));
            }

            var score = scores[i].Score;
            weighted += weights[i] * (method == RateMethod.WeightedMean ? score : score >= survey.Scale.Satisfied ? 1 : 0);
            totalWeight += weights[i];
        }

        if (scores.Length != items.Length)
        {
            throw new ArgumentException($"Household {survey.HouseholdId}: the survey scores {scores[items.Length].Item}, which the schedule does not list.", nameof(survey));
        }

        // One division per survey: the weighted mean of normalised scores is (Σwᵢsᵢ − min·Σwᵢ) / ((max − min)·Σwᵢ).
        var fraction = method == RateMethod.WeightedMean
            ? (weighted - (survey.Scale.Minimum * totalWeight)) / ((survey.Scale.Maximum - survey.Scale.Minimum) * totalWeight)
            : weighted / totalWeight;

        // Rates carry ten decimal places (a 10⁻⁸ % step), so equal surveys give equal rates and averages exactly.
        return new SatisfactionRate(Math.Round(Math.Clamp(fraction, 0, 1), RateDecimals, MidpointRounding.AwayFromZero));
    }

    private static decimal FactorFor(FeeSchedule schedule, SatisfactionRate rate) =>
        Math.Clamp(schedule.Factors.FactorFor(rate), schedule.Floor, 1);

    /// <summary>One quarter's surveys: each household's counted rate and F2 flags, the estate rate and the response.</summary>
    internal sealed class RateBook
    {
        private const int Early = 2;
        private const int Late = 1;
        private const int HandOut = 3;
        private const int LateAndHandOut = 4;
        private const int EarlyAndHandOut = 5;

        private readonly Instant _collectionStart;
        private readonly Instant _collectionEnd;
        private readonly Instant _handOutStart;
        private readonly Instant _handOutEnd;
        private readonly bool[] _seen;

        public RateBook(Quarter quarter, FeeSchedule schedule, DateTimeZone zone, int households)
        {
            Quarter = quarter;
            var collection = quarter.CollectionWindow(schedule.WindowDays);
            _collectionStart = zone.AtStartOfDay(collection.Start).ToInstant();
            _collectionEnd = zone.AtStartOfDay(collection.End.PlusDays(1)).ToInstant();
            var handOut = quarter.HandOutWindow(schedule.WindowDays);
            _handOutStart = zone.AtStartOfDay(handOut.Start).ToInstant();
            _handOutEnd = zone.AtStartOfDay(handOut.End.PlusDays(1)).ToInstant();
            Rates = new SatisfactionRate?[households];
            Flags = new int[households];
            _seen = new bool[households];
        }

        public Quarter Quarter { get; }

        public SatisfactionRate?[] Rates { get; }

        public int[] Flags { get; }

        public SatisfactionRate? Average { get; private set; }

        public decimal ResponseRate { get; private set; }

        public bool BelowMinimum { get; private set; }

        public void Record(SatisfactionSurvey survey, int h, ImmutableArray<ServiceItem> items, ImmutableArray<decimal> weights, FeeSchedule schedule)
        {
            if (_seen[h])
            {
                throw new RuleViolationException(new RuleViolation(F1, $"Household {survey.HouseholdId} returned two surveys for {Quarter}; one survey per household per quarter."));
            }

            _seen[h] = true;
            var rate = Published(RateOf(survey, items, weights, schedule.Method), schedule);

            // F2: returned outside the collection window (early or late), or handed out outside the first days.
            var early = survey.ReturnedAt < _collectionStart;
            var handOutLate = survey.HandedOutAt < _handOutStart || survey.HandedOutAt >= _handOutEnd;
            Flags[h] = early ? (handOutLate ? EarlyAndHandOut : Early) : survey.ReturnedAt >= _collectionEnd ? (handOutLate ? LateAndHandOut : Late) : handOutLate ? HandOut : 0;
            if (Flags[h] == 0 || schedule.LateSurveys == LateSurveyHandling.Flag)
            {
                Rates[h] = rate;
            }
        }

        // The estate rate: respondents' rates weighted by area (or one each), rounded like any rate; and the response.
        public void Close(List<Household> homes, FeeSchedule schedule)
        {
            decimal sum = 0;
            decimal weight = 0;
            var respondents = 0;
            var byArea = schedule.EstateWeighting == EstateWeighting.ByArea;
            for (var h = 0; h < Rates.Length; h++)
            {
                if (Rates[h] is { } r)
                {
                    var w = byArea ? homes[h].Area : 1m;
                    sum += r.Fraction * w;
                    weight += w;
                    respondents++;
                }
            }

            Average = respondents == 0 ? null
                : Published(new SatisfactionRate(Math.Clamp(Math.Round(sum / weight, RateDecimals, MidpointRounding.AwayFromZero), 0, 1)), schedule);
            ResponseRate = Rates.Length == 0 ? 0 : Math.Round((decimal)respondents / Rates.Length, RateDecimals, MidpointRounding.AwayFromZero);
            BelowMinimum = schedule.Mode == BillingMode.EstateWide && respondents < schedule.MinimumResponseRate * Rates.Length;
        }

        public (SatisfactionRate? Rate, decimal Factor, FeeBasis Basis) Decide(int h, FeeSchedule schedule) => (schedule.Mode, Rates[h], Average) switch
        {
            (BillingMode.EstateWide, _, _) when BelowMinimum => (null, schedule.BelowMinimumResponseFactor, FeeBasis.BelowMinimumResponse),
            (BillingMode.EstateWide, _, { } estate) => (estate, FactorFor(schedule, estate), FeeBasis.EstateRate),
            (BillingMode.PerOwner, { } own, _) => (own, FactorFor(schedule, own), FeeBasis.OwnRate),
            _ => schedule.NonRespondents switch
            {
                NonRespondentRule.EstateAverage when Average is { } avg => ((SatisfactionRate?)avg, FactorFor(schedule, avg), FeeBasis.EstateAverageForNonRespondent),
                NonRespondentRule.FixedFactor => (null, schedule.NonRespondentFactor, FeeBasis.FixedFactor),
                _ => ((SatisfactionRate?)null, 1m, FeeBasis.InFull),
            },
        };
    }
}
