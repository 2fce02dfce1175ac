using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Internal;
using PropertyOps.Domain.Cards;

namespace PropertyOps.Rules.Cards;

/// <summary>Grades a year of monthly counts (K6: 6 cards × 12 months = 72 ballots per household a year; K7: the decision).</summary>
public static class CardGrading
{
    /// <summary>Grades <paramref name="target"/> over a year of monthly counts.</summary>
    /// <param name="counts">The year's twelve monthly counts: twelve consecutive months, each once, in any order.</param>
    /// <param name="target">The owners' committee or the property company.</param>
    /// <param name="policy">The grading policy.</param>
    /// <returns>The grade, explained; <see cref="GradeDecision.Insufficient"/> when the turnout is below the policy's minimum.</returns>
    /// <exception cref="ArgumentException">Not twelve counts, a month counted twice, months that are not one year's, or an invalid policy (K6).</exception>
    /// <remarks>Rules K6, K7.</remarks>
    public static YearlyGrade Grade(IReadOnlyCollection<MonthlyCount> counts, CardTarget target, CardGradingPolicy policy)
    {
        Guard.Against.Null(counts);
        Guard.Against.Undefined(target);
        Guard.Against.Null(policy);
        policy.Validate();
        if (counts.Any(c => c is null))
        {
            throw new ArgumentException("A monthly count is null.", nameof(counts));
        }

        var months = counts.Select(c => c.Month).Order().ToList();
        if (months.Distinct().Count() != months.Count)
        {
            throw new ArgumentException($"K6: a year's grade takes each month's count once; {months.GroupBy(m => m).First(g => g.Count() > 1).Key} is counted twice.", nameof(counts));
        }

        if (counts.Count != 12 || months[^1] != months[0].PlusMonths(11))
        {
            throw new ArgumentException($"K6: a year's grade takes twelve monthly counts, one for each month of the year (72 cards per household); {counts.Count} distinct month(s) given{(counts.Count == 12 ? ", not twelve consecutive months" : string.Empty)}.", nameof(counts));
        }

        long blue = 0, yellow = 0, red = 0;
        decimal turnout = 0;
        foreach (var tally in counts.Select(c => c.Tally))
        {
            blue += tally.Count(target, CardColour.Blue);
            yellow += tally.Count(target, CardColour.Yellow);
            red += tally.Count(target, CardColour.Red);
            turnout += tally.Turnout(target);
        }

        var cards = blue + yellow + red;
        decimal Share(long n) => cards == 0 ? 0 : Math.Round((decimal)n / cards, 6);
        var (b, y, r) = (Share(blue), Share(yellow), Share(red));
        // From the counts, not the rounded shares, so the index is exact to its six decimals.
        var index = cards == 0 ? 0 : Math.Round(((policy.BlueWeight * blue) + (policy.YellowWeight * yellow) + (policy.RedWeight * red)) / cards, 6, MidpointRounding.AwayFromZero);
        var average = Math.Round(turnout / counts.Count, 6);
        var insufficient = average < policy.MinimumTurnout;
        var decision = insufficient ? GradeDecision.Insufficient
            : index >= policy.RewardFrom ? GradeDecision.Reward
            : index >= policy.UpgradeFrom ? GradeDecision.Upgrade
            : index >= policy.KeepFrom ? GradeDecision.Keep
            : index >= policy.DowngradeFrom ? GradeDecision.Downgrade
            : GradeDecision.Penalty;
        var sentOff = !insufficient && r > policy.SentOffRedShare;
        var who = target == CardTarget.PropertyCompany ? ("物业公司", "the property company") : ("业主委员会", "the owners' committee");
        var low = insufficient ? $"（投票率低于 {P(policy.MinimumTurnout)}，不足以评定）" : string.Empty;
        var lowEn = insufficient ? $" (turnout below {P(policy.MinimumTurnout)}: too few to grade)" : string.Empty;
        var zh = $"{who.Item1}：{counts.Count} 个月共 {cards} 张牌，蓝 {P(b)}、黄 {P(y)}、红 {P(r)}，平均投票率 {P(average)}；指数 {N(index)} → {Chinese(decision)}{low}{(sentOff ? $"；红牌超过 {P(policy.SentOffRedShare)}，建议罚下" : string.Empty)}";
        var en = $"{who.Item2}: {cards} cards in {counts.Count} month(s), blue {P(b)}, yellow {P(y)}, red {P(r)}, average turnout {P(average)}; index {N(index)} → {decision}{lowEn}{(sentOff ? $"; red above {P(policy.SentOffRedShare)}: sent off recommended" : string.Empty)}";
        return new YearlyGrade(target, counts.Count, cards, b, y, r, average, index, decision, sentOff, zh, en);
    }

    private static string P(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string N(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Chinese(GradeDecision decision) => decision switch
    {
        GradeDecision.Reward => "奖励",
        GradeDecision.Upgrade => "升级",
        GradeDecision.Keep => "维持",
        GradeDecision.Downgrade => "降级",
        GradeDecision.Insufficient => "投票不足，不予评定",
        _ => "处罚",
    };
}
