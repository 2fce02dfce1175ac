using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// Bills a quarter by satisfaction (买单式物业管理, F1–F3): every household's base fee, satisfaction rate, factor and
/// payable fee, with a statement explaining each number. Pure: the same households, surveys and schedule give the same
/// bills in any order.
/// </summary>
public static class FeeCalculator
{
    private static readonly RuleId F1 = RuleId.Parse("F1");
    private static readonly RuleId F2 = RuleId.Parse("F2");

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

        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
        var weights = items.Select(i => schedule.Weights[i]).ToArray();
        var weightTotal = weights.Sum();
        var collection = quarter.CollectionWindow(schedule.WindowDays);
        var rates = new SatisfactionRate?[homes.Count];
        var late = new bool[homes.Count];
        foreach (var survey in surveys)
        {
            Guard.Against.Null(survey, nameof(surveys));
            if (zone.AtStartOfDay(survey.Quarter.Start).ToInstant() > asOf)
            {
                throw new RuleViolationException(new RuleViolation(F2, $"Household {survey.HouseholdId}: the survey is for {survey.Quarter}, which has not started."));
            }

            if (survey.Quarter != quarter)
            {
                continue;
            }

            if (!index.TryGetValue(survey.HouseholdId, out var h))
            {
                throw new ArgumentException($"Household {survey.HouseholdId} returned a survey but is not among the households billed.", nameof(surveys));
            }

            if (rates[h] is not null || late[h])
            {
                throw new RuleViolationException(new RuleViolation(F1, $"Household {survey.HouseholdId} returned two surveys for {quarter}; one survey per household per quarter."));
            }

            var returned = survey.ReturnedAt.InZone(zone).Date;
            var isLate = !collection.Contains(returned);
            late[h] = isLate;
            if (isLate && schedule.LateSurveys == LateSurveyHandling.Refuse)
            {
                continue;
            }

            rates[h] = RateOf(survey, items, weights, weightTotal, schedule.Method);
        }

        var respondents = rates.Where(r => r is not null).Select(r => r!.Value.Fraction).ToList();
        SatisfactionRate? average = respondents.Count == 0 ? null : new SatisfactionRate(respondents.Sum() / respondents.Count);
        var statements = ImmutableArray.CreateBuilder<FeeStatement>(homes.Count);
        for (var h = 0; h < homes.Count; h++)
        {
            statements.Add(Statement(homes[h], quarter, schedule, rates[h], late[h], average, items, weights));
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
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
        var weights = items.Select(i => schedule.Weights[i]).ToArray();
        return RateOf(survey, items, weights, weights.Sum(), schedule.Method);
    }

    private static SatisfactionRate RateOf(SatisfactionSurvey survey, ServiceItem[] items, decimal[] weights, decimal weightTotal, RateMethod method)
    {
        if (survey.Scores.Count != items.Length)
        {
            var extra = survey.Scores.Keys.FirstOrDefault(k => Array.IndexOf(items, k) < 0);
            throw new ArgumentException(
                extra is not null
                    ? $"Household {survey.HouseholdId}: the survey scores {extra}, which the schedule does not list."
                    : $"Household {survey.HouseholdId}: the survey leaves out {items.First(i => !survey.Scores.ContainsKey(i))}.",
                nameof(survey));
        }

        decimal sum = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (!survey.Scores.TryGetValue(items[i], out var score))
            {
                throw new ArgumentException($"Household {survey.HouseholdId}: the survey leaves out {items[i]}.", nameof(survey));
            }

            sum += weights[i] * (method == RateMethod.WeightedMean
                ? survey.Scale.Normalise(score)
                : score >= survey.Scale.Satisfied ? 1 : 0);
        }

        return new SatisfactionRate(Math.Clamp(sum / weightTotal, 0, 1));
    }

    private static FeeStatement Statement(
        Household home, Quarter quarter, FeeSchedule schedule, SatisfactionRate? own, bool late, SatisfactionRate? average, ServiceItem[] items, decimal[] weights)
    {
        var price = schedule.UnitPrice;
        var rawBase = price * (home.Area * Quarter.Months);
        var @base = rawBase.Round(schedule.Rounding);
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        var flags = ImmutableArray.CreateBuilder<string>();
        lines.Add(new StatementLine(
            $"基本物业费：{N(home.Area)} m² × {N(price.Amount)} 元/m²/月 × {Quarter.Months} 个月 = {N(@base.Amount)} 元",
            $"Base fee: {N(home.Area)} m² × {N(price.Amount)} {price.Currency}/m²/month × {Quarter.Months} months = {N(@base.Amount)} {price.Currency}",
            @base));
        if (late)
        {
            var refused = schedule.LateSurveys == LateSurveyHandling.Refuse;
            flags.Add(refused ? "late survey refused (F2)" : "late survey counted (F2)");
            lines.Add(new StatementLine(
                refused ? "评分表未在季度最后 5 天内交回，不予采用" : "评分表未在季度最后 5 天内交回（已采用，请核查）",
                refused ? "The survey came back outside the quarter's last 5 days and was not counted" : "The survey came back outside the quarter's last 5 days (counted; please check)",
                null));
        }

        SatisfactionRate? rate;
        decimal factor;
        if (schedule.Mode == BillingMode.EstateWide && average is { } estate)
        {
            rate = estate;
            factor = FactorFor(schedule, estate);
            lines.Add(new StatementLine($"全小区统一满意率：{estate}（全部有效评分表平均）", $"Estate-wide satisfaction rate: {estate} (average of all counted surveys)", null));
        }
        else if (own is { } mine && schedule.Mode == BillingMode.PerOwner)
        {
            rate = mine;
            factor = FactorFor(schedule, mine);
            lines.Add(new StatementLine(
                $"服务满意率：{mine}（{(schedule.Method == RateMethod.WeightedMean ? "各项评分加权平均" : "满意及以上项目加权占比")}）",
                $"Satisfaction rate: {mine} ({(schedule.Method == RateMethod.WeightedMean ? "weighted mean of item scores" : "weighted share of items rated satisfied or better")})",
                null));
        }
        else
        {
            (rate, factor) = schedule.NonRespondents switch
            {
                NonRespondentRule.EstateAverage when average is { } avg => ((SatisfactionRate?)avg, FactorFor(schedule, avg)),
                NonRespondentRule.FixedFactor => (null, schedule.NonRespondentFactor),
                _ => ((SatisfactionRate?)null, 1m),
            };
            lines.Add(new StatementLine(
                rate is { } r ? $"未交评分表：按全小区平均满意率 {r} 计" : factor == 1 ? "未交评分表：按全额收取" : $"未交评分表：按固定系数 {FeeTier.Pct(factor)} 收取",
                rate is { } e ? $"No survey counted: billed at the estate's average rate {e}" : factor == 1 ? "No survey counted: billed in full" : $"No survey counted: billed at the fixed factor {FeeTier.Pct(factor)}",
                null));
        }

        if (rate is { } applied)
        {
            var band = schedule.Factors.IsTiered ? $"属 {schedule.Factors.TierFor(applied)} 档" : "按线性插值";
            var bandEn = schedule.Factors.IsTiered ? $"tier {schedule.Factors.TierFor(applied)}" : "linear interpolation";
            lines.Add(new StatementLine(
                $"收费系数：{band} → {Pct(factor)}{(factor == schedule.Floor && schedule.Floor > 0 ? "（保底）" : string.Empty)}",
                $"Fee factor: {bandEn} → {Pct(factor)}{(factor == schedule.Floor && schedule.Floor > 0 ? " (floor)" : string.Empty)}",
                null));
        }

        var payable = (@base * factor).Round(schedule.Rounding);
        var adjustment = payable - @base;
        lines.Add(new StatementLine(
            $"满意度调整：{N(@base.Amount)} × ({Pct(factor)} − 100%) = {N(adjustment.Amount)} 元",
            $"Satisfaction adjustment: {N(@base.Amount)} × ({Pct(factor)} − 100%) = {N(adjustment.Amount)} {price.Currency}",
            adjustment));
        var shares = payable.Allocate(weights);
        return new FeeStatement(
            home.Id,
            quarter,
            @base,
            rate,
            factor,
            payable,
            own is not null,
            flags.ToImmutable(),
            lines.ToImmutable(),
            [.. items.Select((item, i) => (item, shares[i]))]);
    }

    private static decimal FactorFor(FeeSchedule schedule, SatisfactionRate rate) =>
        Math.Clamp(schedule.Factors.FactorFor(rate), schedule.Floor, 1);

    private static string N(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Pct(decimal fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
