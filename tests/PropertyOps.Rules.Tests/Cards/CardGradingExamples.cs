using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Cards;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Rules.Tests.Cards;

public class CardGradingExamples
{
    private static CardTally Month(int households, int blue, int yellow, int red)
    {
        var cards = new List<CastCard>();
        var h = 0;
        foreach (var (colour, n) in new[] { (CardColour.Blue, blue), (CardColour.Yellow, yellow), (CardColour.Red, red) })
        {
            for (var i = 0; i < n; i++)
            {
                cards.Add(new CastCard(h++ % households, CardTarget.PropertyCompany, colour));
            }
        }

        return CardTally.Of(cards.ToArray(), households);
    }

    private static List<MonthlyCount> Year(int households, int blue, int yellow, int red, int year = 2026) =>
        [.. Enumerable.Range(1, 12).Select(m => new MonthlyCount(new YearMonth(year, m), Month(households, blue, yellow, red)))];

    [Fact]
    public void K7_a_year_with_many_yellow_and_red_cards_leads_to_a_downgrade()
    {
        // 12 months of 100 households: 50 blue, 25 yellow, 10 red a month → index 50/85 − 25/85 − 2 × 10/85 ≈ 0.059.
        var grade = CardGrading.Grade(Year(100, 50, 25, 10), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem);
        Assert.Equal(GradeDecision.Downgrade, grade.Decision);
        Assert.Equal(1020, grade.Cards);
        Assert.Equal(12, grade.Months);
        Assert.Equal(0.058824m, grade.Index);
        Assert.False(grade.SentOff);
        Assert.Contains("降级", grade.Chinese, StringComparison.Ordinal);
        Assert.Contains("Downgrade", grade.English, StringComparison.Ordinal);
    }

    [Fact]
    public void K7_mostly_blue_is_rewarded_and_a_red_share_above_30_percent_recommends_sending_off()
    {
        Assert.Equal(GradeDecision.Reward, CardGrading.Grade(Year(100, 90, 5, 0), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem).Decision);
        var bad = CardGrading.Grade(Year(100, 30, 20, 50), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem);
        Assert.Equal(GradeDecision.Penalty, bad.Decision);
        Assert.True(bad.SentOff);
        Assert.Contains("罚下", bad.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void K6_a_year_grade_takes_twelve_distinct_months_and_refuses_a_repeated_or_missing_month()
    {
        var year = Year(10, 9, 0, 0);
        var repeated = year.Take(11).Append(new MonthlyCount(new YearMonth(2026, 3), Month(10, 9, 0, 0))).ToList();
        var e = Assert.Throws<ArgumentException>(() => CardGrading.Grade(repeated, CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
        Assert.StartsWith("K6", e.Message, StringComparison.Ordinal);
        Assert.Contains("2026-03", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CardGrading.Grade(year.Take(11).ToList(), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
        Assert.Throws<ArgumentException>(() => CardGrading.Grade([.. year, new MonthlyCount(new YearMonth(2027, 1), Month(10, 1, 0, 0))], CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
        Assert.Throws<ArgumentException>(() => CardGrading.Grade([], CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
        var gap = year.Take(11).Append(new MonthlyCount(new YearMonth(2027, 2), Month(10, 9, 0, 0))).ToList();
        Assert.Throws<ArgumentException>(() => CardGrading.Grade(gap, CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));

        // Twelve consecutive months across a new year are a year of service too.
        var service = Enumerable.Range(0, 12).Select(m => new MonthlyCount(new YearMonth(2025, 7).PlusMonths(m), Month(10, 9, 0, 0))).ToList();
        Assert.Equal(12, CardGrading.Grade(service, CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem).Months);
    }

    [Fact]
    public void K7_one_household_of_a_hundred_voting_blue_is_too_few_to_grade_not_a_reward()
    {
        var grade = CardGrading.Grade(Year(100, 1, 0, 0), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem);
        Assert.Equal(1m, grade.BlueShare);
        Assert.Equal(0.01m, grade.AverageTurnout);
        Assert.Equal(GradeDecision.Insufficient, grade.Decision);
        Assert.False(grade.SentOff);
        Assert.Contains("不足", grade.Chinese, StringComparison.Ordinal);

        // The minimum turnout is a company setting.
        Assert.Equal(GradeDecision.Reward, CardGrading.Grade(Year(100, 1, 0, 0), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem with { MinimumTurnout = 0 }).Decision);
        Assert.Throws<ArgumentException>(() => (CardPresets.RedYellowBlueSystem with { MinimumTurnout = 1.5m }).Validate());
    }

    [Fact]
    public void K7_thresholds_that_are_not_ordered_are_refused()
    {
        Assert.Throws<ArgumentException>(() => (CardPresets.RedYellowBlueSystem with { KeepFrom = 0.9m }).Validate());
        Assert.Throws<ArgumentException>(() => (CardPresets.RedYellowBlueSystem with { RedWeight = 0m }).Validate());
    }
}
