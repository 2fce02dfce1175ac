using System;
using System.Collections.Generic;
using System.Linq;
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

    [Fact]
    public void K7_a_year_with_many_yellow_and_red_cards_leads_to_a_downgrade()
    {
        // 12 months of 100 households: 50 blue, 25 yellow, 10 red a month → index 50/85 − 25/85 − 2 × 10/85 ≈ 0.059.
        var year = Enumerable.Range(0, 12).Select(_ => Month(100, 50, 25, 10)).ToList();
        var grade = CardGrading.Grade(year, CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem);
        Assert.Equal(GradeDecision.Downgrade, grade.Decision);
        Assert.Equal(1020, grade.Cards);
        Assert.Equal(0.058824m, grade.Index);
        Assert.False(grade.SentOff);
        Assert.Contains("降级", grade.Chinese, StringComparison.Ordinal);
        Assert.Contains("Downgrade", grade.English, StringComparison.Ordinal);
    }

    [Fact]
    public void K7_mostly_blue_is_rewarded_and_a_red_share_above_30_percent_recommends_sending_off()
    {
        Assert.Equal(GradeDecision.Reward, CardGrading.Grade([Month(100, 90, 5, 0)], CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem).Decision);
        var bad = CardGrading.Grade([Month(100, 30, 20, 50)], CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem);
        Assert.Equal(GradeDecision.Penalty, bad.Decision);
        Assert.True(bad.SentOff);
        Assert.Contains("罚下", bad.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void K7_thresholds_that_are_not_ordered_and_more_than_twelve_months_are_refused()
    {
        Assert.Throws<ArgumentException>(() => (CardPresets.RedYellowBlueSystem with { KeepFrom = 0.9m }).Validate());
        Assert.Throws<ArgumentException>(() => (CardPresets.RedYellowBlueSystem with { RedWeight = 0m }).Validate());
        Assert.Throws<ArgumentException>(() => CardGrading.Grade(Enumerable.Range(0, 13).Select(_ => Month(10, 1, 0, 0)).ToList(), CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
        Assert.Throws<ArgumentException>(() => CardGrading.Grade([], CardTarget.PropertyCompany, CardPresets.RedYellowBlueSystem));
    }
}
