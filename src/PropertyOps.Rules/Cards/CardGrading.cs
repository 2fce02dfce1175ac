using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Cards;

namespace PropertyOps.Rules.Cards;

/// <summary>Grades a year of monthly counts (K6: 6 cards × 12 months = 72 ballots per household a year; K7: the decision).</summary>
public static class CardGrading
{
    /// <summary>Grades <paramref name="target"/> over a year of monthly tallies.</summary>
    /// <param name="tallies">The year's monthly tallies (1 to 12, any order).</param>
    /// <param name="target">The owners' committee or the property company.</param>
    /// <param name="policy">The grading policy.</param>
    /// <returns>The grade, explained.</returns>
    /// <exception cref="ArgumentException">No tallies, more than 12, or an invalid policy.</exception>
    /// <remarks>Rules K6, K7.</remarks>
    public static YearlyGrade Grade(IReadOnlyCollection<CardTally> tallies, CardTarget target, CardGradingPolicy policy)
    {
        Guard.Against.Null(tallies);
        Guard.Against.EnumOutOfRange(target);
        Guard.Against.Null(policy);
        policy.Validate();
        if (tallies.Count is < 1 or > 12)
        {
            throw new ArgumentException("A year has 1 to 12 monthly counts (K6).", nameof(tallies));
        }

        long blue = 0, yellow = 0, red = 0;
        decimal turnout = 0;
        foreach (var tally in tallies)
        {
            Guard.Against.Null(tally, nameof(tallies));
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
        var decision = index >= policy.RewardFrom ? GradeDecision.Reward
            : index >= policy.UpgradeFrom ? GradeDecision.Upgrade
            : index >= policy.KeepFrom ? GradeDecision.Keep
            : index >= policy.DowngradeFrom ? GradeDecision.Downgrade
            : GradeDecision.Penalty;
        var sentOff = r > policy.SentOffRedShare;
        var average = Math.Round(turnout / tallies.Count, 6);
        var who = target == CardTarget.PropertyCompany ? ("物业公司", "the property company") : ("业主委员会", "the owners' committee");
        var zh = $"{who.Item1}：{tallies.Count} 个月共 {cards} 张牌，蓝 {P(b)}、黄 {P(y)}、红 {P(r)}，平均投票率 {P(average)}；指数 {N(index)} → {Chinese(decision)}{(sentOff ? $"；红牌超过 {P(policy.SentOffRedShare)}，建议罚下" : string.Empty)}";
        var en = $"{who.Item2}: {cards} cards in {tallies.Count} month(s), blue {P(b)}, yellow {P(y)}, red {P(r)}, average turnout {P(average)}; index {N(index)} → {decision}{(sentOff ? $"; red above {P(policy.SentOffRedShare)}: sent off recommended" : string.Empty)}";
        return new YearlyGrade(target, tallies.Count, cards, b, y, r, average, index, decision, sentOff, zh, en);
    }

    private static string P(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string N(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Chinese(GradeDecision decision) => decision switch
    {
        GradeDecision.Reward => "奖励",
        GradeDecision.Upgrade => "升级",
        GradeDecision.Keep => "维持",
        GradeDecision.Downgrade => "降级",
        _ => "处罚",
    };
}
