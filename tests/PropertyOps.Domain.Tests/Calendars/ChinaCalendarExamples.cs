using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Domain.Tests.Calendars;

public class ChinaCalendarExamples
{
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Instant Beijing(int y, int m, int d, int h, int min) =>
        new LocalDateTime(y, m, d, h, min).InZoneStrictly(Shanghai).ToInstant();

    [Fact]
    public void Start_at_1730_on_the_last_working_day_before_National_Day_plus_two_working_days_is_9_October_close()
    {
        // 2026-09-30 (Wed) is the last working day before the 1–7 October holiday; 8 and 9 October are the next two.
        var due = China.AddWorkingDays(Beijing(2026, 9, 30, 17, 30), 2);
        Assert.Equal(Beijing(2026, 10, 9, 18, 0), due);
    }

    [Fact]
    public void C6_revisit_due_two_working_days_after_feedback_skips_National_Day()
    {
        var due = China.Due(Beijing(2026, 9, 30, 17, 40), Allowance.WorkingDays(2));
        Assert.Equal(Beijing(2026, 10, 9, 18, 0), due);
    }

    [Fact]
    public void Start_on_a_make_up_Saturday_counts_that_Saturday_as_a_working_day()
    {
        // 10 October 2026 is a Saturday worked in exchange for the National Day holiday (调休上班).
        var saturday = new LocalDate(2026, 10, 10);
        Assert.Equal(IsoDayOfWeek.Saturday, saturday.DayOfWeek);
        Assert.True(China.IsWorkingDay(saturday));
        Assert.True(China.IsMakeUpWorkingDay(saturday));
        Assert.Equal(Beijing(2026, 10, 10, 12, 0), China.AddWorkingTime(Beijing(2026, 10, 10, 10, 0), Duration.FromHours(2)));
        Assert.Equal(Beijing(2026, 10, 10, 18, 0), China.EndOfWorkingDay(Beijing(2026, 10, 10, 10, 0)));
        // The working days after Saturday 10 October are Monday 12 and Tuesday 13 October.
        Assert.Equal(Beijing(2026, 10, 13, 18, 0), China.AddWorkingDays(Beijing(2026, 10, 10, 10, 0), 2));
    }

    [Fact]
    public void A_working_day_before_a_make_up_Sunday_counts_the_Sunday()
    {
        // Sunday 20 September 2026 is worked; Friday 18 September + 1 working day is therefore that Sunday.
        Assert.Equal(Beijing(2026, 9, 20, 18, 0), China.AddWorkingDays(Beijing(2026, 9, 18, 10, 0), 1));
    }

    [Fact]
    public void Start_in_the_lunch_break_begins_counting_at_1330()
    {
        Assert.Equal(Beijing(2026, 11, 24, 14, 30), China.AddWorkingTime(Beijing(2026, 11, 24, 12, 30), Duration.FromHours(1)));
        Assert.Equal(Beijing(2026, 11, 24, 13, 30), China.NextWorkingInstant(Beijing(2026, 11, 24, 12, 30)));
        Assert.Equal(Beijing(2026, 11, 24, 12, 0), China.PreviousWorkingInstant(Beijing(2026, 11, 24, 12, 30)));
        Assert.False(China.IsWorkingTime(Beijing(2026, 11, 24, 12, 30)));
    }

    [Fact]
    public void Working_time_runs_across_the_lunch_break_and_the_night()
    {
        // 11:00 Tuesday + 8 h: 1 h to noon, 4.5 h in the afternoon, then 2.5 h on Wednesday morning → 11:30 Wednesday.
        var due = China.AddWorkingTime(Beijing(2026, 11, 24, 11, 0), Duration.FromHours(8));
        Assert.Equal(Beijing(2026, 11, 25, 11, 30), due);
        Assert.Equal(Duration.FromHours(8), China.WorkingTimeBetween(Beijing(2026, 11, 24, 11, 0), due));
    }

    [Fact]
    public void C18_end_of_working_day_on_a_holiday_is_close_of_the_next_working_day()
    {
        // 3 October 2026 is inside the National Day holiday; the next working day is Thursday 8 October.
        Assert.Equal(Beijing(2026, 10, 8, 18, 0), China.EndOfWorkingDay(Beijing(2026, 10, 3, 10, 0)));
    }

    [Fact]
    public void C18_end_of_working_day_before_close_is_the_same_day_and_after_close_the_next()
    {
        Assert.Equal(Beijing(2026, 11, 24, 18, 0), China.EndOfWorkingDay(Beijing(2026, 11, 24, 8, 0)));
        Assert.Equal(Beijing(2026, 11, 24, 18, 0), China.EndOfWorkingDay(Beijing(2026, 11, 24, 17, 59)));
        Assert.Equal(Beijing(2026, 11, 25, 18, 0), China.EndOfWorkingDay(Beijing(2026, 11, 24, 18, 0)));
        // Friday evening → Monday.
        Assert.Equal(Beijing(2026, 11, 30, 18, 0), China.EndOfWorkingDay(Beijing(2026, 11, 27, 19, 0)));
    }

    [Fact]
    public void C2_and_C3_elapsed_allowances_ignore_the_calendar()
    {
        var received = Beijing(2026, 9, 30, 17, 40);
        Assert.Equal(Beijing(2026, 10, 1, 17, 40), China.Due(received, Allowance.Elapsed(Duration.FromHours(24))));
        Assert.Equal(Beijing(2026, 10, 1, 5, 40), China.Due(received, Allowance.Elapsed(Duration.FromHours(12))));
    }

    [Fact]
    public void Spring_Festival_2026_runs_15_to_23_February_with_make_up_Saturdays_14_and_28()
    {
        for (var d = new LocalDate(2026, 2, 15); d <= new LocalDate(2026, 2, 23); d = d.PlusDays(1))
        {
            Assert.False(China.IsWorkingDay(d));
            Assert.Equal("春节", China.GetHolidayName(d));
        }

        Assert.True(China.IsWorkingDay(new LocalDate(2026, 2, 14)));
        Assert.True(China.IsWorkingDay(new LocalDate(2026, 2, 28)));
        // Friday 13 February 17:00 + 2 working hours: 1 h on Friday, 1 h on the make-up Saturday.
        Assert.Equal(Beijing(2026, 2, 14, 10, 0), China.AddWorkingTime(Beijing(2026, 2, 13, 17, 0), Duration.FromHours(2)));
        // Saturday 14 February evening + 1 working day → Tuesday 24 February.
        Assert.Equal(Beijing(2026, 2, 24, 18, 0), China.AddWorkingDays(Beijing(2026, 2, 14, 19, 0), 1));
    }

    [Theory]
    [InlineData(2026, "2026-01-01,2026-01-02,2026-01-03", "2026-01-04")]
    [InlineData(2026, "2026-04-04,2026-04-05,2026-04-06", "")]
    [InlineData(2026, "2026-05-01,2026-05-05", "2026-05-09")]
    [InlineData(2026, "2026-06-19,2026-06-21", "")]
    [InlineData(2026, "2026-09-25,2026-09-27", "")]
    [InlineData(2026, "2026-10-01,2026-10-07", "2026-09-20,2026-10-10")]
    [InlineData(2025, "2025-01-28,2025-02-04,2025-10-08", "2025-01-26,2025-02-08,2025-04-27,2025-09-28,2025-10-11")]
    [InlineData(2024, "2024-02-10,2024-02-17,2024-10-07", "2024-02-04,2024-02-18,2024-04-07,2024-04-28,2024-05-11,2024-09-14,2024-09-29,2024-10-12")]
    public void State_Council_arrangements_are_in_the_preset(int year, string daysOff, string makeUpDays)
    {
        Assert.True(China.Covers(year));
        foreach (var date in Dates(daysOff))
        {
            Assert.False(China.IsWorkingDay(date), $"{date} should be a day off");
            Assert.True(China.IsHoliday(date));
        }

        foreach (var date in Dates(makeUpDays))
        {
            Assert.True(China.IsWorkingDay(date), $"{date} should be a make-up working day");
            Assert.True(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        }
    }

    [Fact]
    public void Each_years_data_names_its_notice_and_every_make_up_day_is_a_weekend()
    {
        Assert.Equal(new[] { 2024, 2025, 2026 }, China.CoveredYears.ToArray());
        foreach (var arrangement in ChinaWorkingCalendar.Arrangements)
        {
            Assert.Contains(arrangement.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), arrangement.Notice, StringComparison.Ordinal);
            Assert.NotEmpty(arrangement.Sources);
            Assert.All(arrangement.MakeUpWorkingDays, d => Assert.True(d.DayOfWeek >= IsoDayOfWeek.Saturday));
        }

        // 2025 added two statutory days (13 in all): 18 weekdays off against 5 make-up days.
        var y2025 = ChinaWorkingCalendar.Arrangements.Single(a => a.Year == 2025);
        Assert.Equal(18, y2025.DaysOff.Count(d => d.DayOfWeek < IsoDayOfWeek.Saturday));
        Assert.Equal(5, y2025.MakeUpWorkingDays.Count());
    }

    [Fact]
    public void Years_outside_the_data_fall_back_to_plain_weekends()
    {
        Assert.False(China.Covers(2027));
        Assert.True(China.IsWorkingDay(new LocalDate(2027, 1, 1))); // a Friday; no 2027 notice in the data
        Assert.False(China.IsWorkingDay(new LocalDate(2027, 1, 2)));
        Assert.Equal(Beijing(2027, 1, 4, 18, 0), China.AddWorkingDays(Beijing(2026, 12, 31, 12, 0), 2));
    }

    [Fact]
    public void Two_years_of_working_time_cross_the_covered_data_in_one_call()
    {
        var start = Beijing(2025, 3, 3, 9, 0);
        var allowance = Duration.FromHours(7.5 * 500);
        var due = China.AddWorkingTime(start, allowance);
        Assert.Equal(allowance, China.WorkingTimeBetween(start, due));
        Assert.True(due > Beijing(2027, 1, 1, 0, 0));
    }

    [Fact]
    public void Custom_hours_change_close_of_business()
    {
        var calendar = ChinaWorkingCalendar.Create(WorkingSpan.Parse("08:30-12:00"), WorkingSpan.Parse("14:00-17:30"));
        Assert.Equal(Beijing(2026, 10, 9, 17, 30), calendar.AddWorkingDays(Beijing(2026, 9, 30, 17, 0), 2));
        Assert.Equal(Beijing(2026, 11, 24, 17, 30), calendar.CloseOfBusiness(new LocalDate(2026, 11, 24)));
        Assert.Null(calendar.CloseOfBusiness(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void A_newly_published_year_can_be_added_from_holiday_cn_json()
    {
        var json = """
            {"year": 2027, "papers": ["https://example.invalid/notice"],
             "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-20", "isOffDay": false}]}
            """u8;
        var arrangement = HolidayArrangement.FromHolidayCnJson(json);
        var calendar = ChinaWorkingCalendar.CreateBuilder().AddArrangement(arrangement).Build();
        Assert.True(calendar.Covers(2027));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 20)));
    }

    [Theory]
    [InlineData("""{"papers": [], "days": []}""", "year")]
    [InlineData("""{"year": 2027, "days": [{"name": "元旦", "isOffDay": true}]}""", "days[0].date")]
    [InlineData("""{"year": 2027, "days": [{"name": "元旦", "date": "2027-13-01", "isOffDay": true}]}""", "days[0].date")]
    [InlineData("""{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "yes"}]}""", "days[0].isOffDay")]
    [InlineData("""{"year": "2027", "days": []}""", "year")]
    [InlineData("""not json""", "JSON")]
    public void Malformed_holiday_data_names_the_field(string json, string field)
    {
        var e = Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_quick_start_values_hold()
    {
        var resolved = Beijing(2026, 9, 30, 17, 30);
        Assert.Equal(Beijing(2026, 10, 9, 18, 0), China.Due(resolved, Allowance.WorkingDays(2)));
        Assert.Equal(Beijing(2026, 9, 30, 18, 0), China.Due(resolved, Allowance.EndOfWorkingDay));
        var fix = China.AddWorkingTime(resolved, Duration.FromHours(4));
        Assert.Equal(Beijing(2026, 10, 8, 14, 0), fix);
        Assert.Equal(Duration.FromHours(4), China.WorkingTimeBetween(resolved, fix));
    }

    private static LocalDate[] Dates(string csv) =>
        csv.Length == 0 ? [] : csv.Split(',').Select(s => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value).ToArray();
}
