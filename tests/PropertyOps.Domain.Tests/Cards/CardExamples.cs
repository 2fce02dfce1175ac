using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Cards;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Tests.Cards;

public class CardExamples
{
    private static readonly DateTimeZone Zone = ChinaWorkingCalendar.Default.Zone;
    private static readonly YearMonth November = new(2026, 11);

    private static Instant At(int m, int d, int h = 10) => new LocalDateTime(2026, m, d, h, 0).InZoneStrictly(Zone).ToInstant();

    private static BallotBox Box() => BallotBox.Open("翠苑小区", November, ["1-101", "1-102", "2-301"], Zone);

    [Theory]
    [InlineData(2026, 10, 31)]
    [InlineData(2026, 11, 28)]
    [InlineData(2026, 8, 29)]
    [InlineData(2026, 2, 28)]
    [InlineData(2027, 1, 30)]
    public void K5_the_public_count_is_on_the_last_Saturday_inside_the_month(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), CountDay.Of(new YearMonth(year, month)));
        Assert.Equal(IsoDayOfWeek.Saturday, CountDay.Of(new YearMonth(year, month)).DayOfWeek);
    }

    [Fact]
    public void K3_cards_are_valid_from_the_1st_until_the_count()
    {
        var box = Box();
        Assert.Equal("K3", box.Decide(new Ballot("1-101", November, CardTarget.PropertyCompany, CardColour.Blue, At(10, 31, 23)), At(11, 1)).Violation!.Rule.Value);
        var card = new Ballot("1-101", November, CardTarget.PropertyCompany, CardColour.Blue, At(11, 28, 9), "保安很负责");
        Assert.Same(card, Assert.Single(box.Decide(card, At(11, 28, 9)).Events));
        var accepted = box.Cast(card, At(11, 28, 9));
        Assert.Single(accepted.Ballots);
        Assert.Equal("K4", box.Decide(new Ballot("1-101", November, CardTarget.PropertyCompany, CardColour.Blue, At(11, 29)), At(11, 29)).Violation!.Rule.Value);
    }

    [Fact]
    public void K4_an_owner_back_from_abroad_makes_up_the_ballot_within_the_month_before_the_count()
    {
        var box = Box();
        var makeUp = new Ballot("2-301", November, CardTarget.OwnersCommittee, CardColour.Yellow, At(11, 27, 20), "业委会换届拖延", AbsenceReason.Abroad);
        Assert.True(box.Decide(makeUp, At(11, 27, 20)).IsAccepted);
        var after = box.Cast(makeUp, At(11, 27, 20));
        Assert.True(after.Ballots[0].IsMakeUp);

        // After the public count on Saturday 28 November, or on the 1st of the next month: refused, make-up or not.
        var afterCount = box.Decide(new Ballot("2-301", November, CardTarget.OwnersCommittee, CardColour.Yellow, At(11, 29, 10), excuse: AbsenceReason.BusinessTrip), At(11, 29, 10)).Violation!;
        Assert.Equal("K4", afterCount.Rule.Value);
        Assert.Contains("不能跨月", afterCount.Message, StringComparison.Ordinal);
        Assert.Equal("K4", box.Decide(new Ballot("2-301", November, CardTarget.OwnersCommittee, CardColour.Yellow, At(12, 1), excuse: AbsenceReason.Abroad), At(12, 1)).Violation!.Rule.Value);
        Assert.Equal("K4", box.Decide(new Ballot("2-301", November, CardTarget.OwnersCommittee, CardColour.Yellow, At(12, 9), excuse: AbsenceReason.BusinessTrip), At(12, 9)).Violation!.Rule.Value);
        Assert.Equal("K4", box.Decide(new Ballot("2-301", new YearMonth(2026, 10), CardTarget.OwnersCommittee, CardColour.Yellow, At(11, 3)), At(11, 3)).Violation!.Rule.Value);
    }

    [Fact]
    public void K2_a_second_card_of_the_same_colour_for_the_same_target_is_refused_and_changes_nothing()
    {
        var box = Box().Cast(new Ballot("1-102", November, CardTarget.PropertyCompany, CardColour.Red, At(11, 5)), At(11, 5));
        var again = new Ballot("1-102", November, CardTarget.PropertyCompany, CardColour.Red, At(11, 6), "再投一张");
        var refusal = box.Decide(again, At(11, 6)).Violation;
        Assert.Equal("K2", refusal!.Rule.Value);
        Assert.Equal(refusal, Assert.Throws<RuleViolationException>(() => box.Cast(again, At(11, 6))).Violation);
        Assert.Single(box.Ballots);
        Assert.Null(box.Decide(new Ballot("1-102", November, CardTarget.OwnersCommittee, CardColour.Red, At(11, 6)), At(11, 6)).Violation);
        Assert.Equal("K2", box.Decide(new Ballot("9-999", November, CardTarget.PropertyCompany, CardColour.Blue, At(11, 6)), At(11, 6)).Violation!.Rule.Value);
        Assert.Equal("K3", box.Decide(new Ballot("1-101", November, CardTarget.PropertyCompany, CardColour.Blue, At(11, 20)), At(11, 6)).Violation!.Rule.Value);
        Assert.Throws<ArgumentException>(() => new Ballot("1-101", November, CardTarget.PropertyCompany, CardColour.Blue, At(11, 6), new string('好', Ballot.MaxCommentLength + 1)));
        Assert.ThrowsAny<ArgumentException>(() => new Ballot("1-101", November, (CardTarget)3, CardColour.Blue, At(11, 6)));
    }

    [Fact]
    public void K5_the_count_gives_colours_abstentions_turnout_and_comments()
    {
        var box = Box();
        foreach (var (household, target, colour, comment) in new[]
        {
            ("1-101", CardTarget.PropertyCompany, CardColour.Blue, "保洁及时"),
            ("1-101", CardTarget.PropertyCompany, CardColour.Yellow, (string?)"电梯常坏"),
            ("1-102", CardTarget.PropertyCompany, CardColour.Red, null),
            ("1-102", CardTarget.OwnersCommittee, CardColour.Blue, null),
        })
        {
            box = box.Cast(new Ballot(household, November, target, colour, At(11, 10), comment), At(11, 10));
        }

        var tally = box.Tally();
        Assert.Equal(1, tally.Count(CardTarget.PropertyCompany, CardColour.Blue));
        Assert.Equal(1, tally.Count(CardTarget.PropertyCompany, CardColour.Yellow));
        Assert.Equal(1, tally.Count(CardTarget.PropertyCompany, CardColour.Red));
        Assert.Equal(2, tally.Voters(CardTarget.PropertyCompany));
        Assert.Equal(1, tally.Abstentions(CardTarget.PropertyCompany));
        Assert.Equal(2, tally.Abstentions(CardTarget.OwnersCommittee));
        Assert.Equal(2m / 3, tally.Turnout(CardTarget.PropertyCompany));
        Assert.Equal(["保洁及时", "电梯常坏"], box.Comments(CardTarget.PropertyCompany).Select(c => c.Comment));
        Assert.Equal(tally, CardTally.OfParallel(box.ToCastCards(), 3, 2));
    }
}
