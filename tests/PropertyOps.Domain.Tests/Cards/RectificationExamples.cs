using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Cards;

namespace PropertyOps.Domain.Tests.Cards;

public class RectificationExamples
{
    private static readonly DateTimeZone Zone = ChinaWorkingCalendar.Default.Zone;

    private static Instant At(int m, int d, int h = 10) => new LocalDateTime(2026, m, d, h, 0).InZoneStrictly(Zone).ToInstant();

    [Fact]
    public void K1_a_yellow_card_demands_rectification_by_the_next_months_count_and_an_unrectified_yellow_followed_by_red_is_flagged()
    {
        var october = BallotBox.Open("翠苑小区", new YearMonth(2026, 10), ["1-101", "1-102"], Zone);
        october = october.Cast(new Ballot("1-101", new YearMonth(2026, 10), CardTarget.PropertyCompany, CardColour.Yellow, At(10, 10), "电梯常坏"), At(10, 10));
        october = october.Cast(new Ballot("1-102", new YearMonth(2026, 10), CardTarget.PropertyCompany, CardColour.Yellow, At(10, 12), "垃圾清运不及时"), At(10, 12));
        var november = BallotBox.Open("翠苑小区", new YearMonth(2026, 11), ["1-101", "1-102"], Zone);
        november = november.Cast(new Ballot("1-101", new YearMonth(2026, 11), CardTarget.PropertyCompany, CardColour.Red, At(11, 20)), At(11, 20));
        var rectified = new Dictionary<(string, CardTarget, YearMonth), Instant> { [("1-102", CardTarget.PropertyCompany, new YearMonth(2026, 10))] = At(11, 5) };

        var during = Rectification.Track([october, november], rectified, At(11, 25));
        Assert.Equal(2, during.Length);
        var lift = during.Single(i => i.HouseholdId == "1-101");
        Assert.Equal(RectificationState.Open, lift.State);
        Assert.True(lift.FollowedByRed);
        Assert.Equal(At(11, 29, 0), lift.Deadline); // the end of Saturday 28 November, November's count day
        Assert.Equal(RectificationState.Rectified, during.Single(i => i.HouseholdId == "1-102").State);
        Assert.False(during.Single(i => i.HouseholdId == "1-102").FollowedByRed);

        var after = Rectification.Track([october, november], rectified, At(11, 30));
        Assert.Equal(RectificationState.Overdue, after.Single(i => i.HouseholdId == "1-101").State);
    }
}
