using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Domain.Tests.Calendars;

public class WorkingCalendarExamples
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static WorkingSpan Span(string text) => WorkingSpan.Parse(text);

    private static Instant InLondon(int y, int m, int d, int h, int min) =>
        new LocalDateTime(y, m, d, h, min).InZoneStrictly(London).ToInstant();

    private static WorkingCalendar LondonOffice() =>
        WorkingCalendar.CreateBuilder(London).WithWeekdaySpans(Span("09:00-17:30")).Build();

    [Fact]
    public void Working_time_across_the_March_clock_change_in_London_counts_local_office_hours()
    {
        // Clocks go forward on Sunday 29 March 2026 at 01:00 GMT. Friday 16:30 GMT + 2 working hours is Monday 10:00 BST.
        var calendar = LondonOffice();
        var start = InLondon(2026, 3, 27, 16, 30);
        var due = calendar.AddWorkingTime(start, Duration.FromHours(2));
        Assert.Equal(InLondon(2026, 3, 30, 10, 0), due);
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 9, 0), due);
        Assert.Equal(Duration.FromHours(2), calendar.WorkingTimeBetween(start, due));
        Assert.Equal(InLondon(2026, 3, 31, 17, 30), calendar.AddWorkingDays(start, 2));
    }

    [Fact]
    public void A_round_the_clock_calendar_measures_real_elapsed_time_on_the_day_the_clocks_change()
    {
        var calendar = WorkingCalendar.CreateBuilder(London)
            .WithWeekdaySpans(new WorkingSpan(LocalTime.Midnight, LocalTime.Midnight))
            .WithWorkingSpans(IsoDayOfWeek.Saturday, new WorkingSpan(LocalTime.Midnight, LocalTime.Midnight))
            .WithWorkingSpans(IsoDayOfWeek.Sunday, new WorkingSpan(LocalTime.Midnight, LocalTime.Midnight))
            .Build();
        // The Sunday of the spring change has 23 hours, the Sunday of the autumn change 25.
        Assert.Equal(Duration.FromHours(23), calendar.WorkingTimeBetween(InLondon(2026, 3, 29, 0, 0), InLondon(2026, 3, 30, 0, 0)));
        Assert.Equal(Duration.FromHours(25), calendar.WorkingTimeBetween(InLondon(2026, 10, 25, 0, 0), InLondon(2026, 10, 26, 0, 0)));
        var start = Instant.FromUtc(2026, 3, 28, 12, 0);
        Assert.Equal(start + Duration.FromHours(30), calendar.AddWorkingTime(start, Duration.FromHours(30)));
    }

    [Fact]
    public void A_span_starting_in_the_spring_gap_is_shifted_forward_like_the_lenient_resolver()
    {
        // On 29 March 2026 London skips 01:00–02:00. A span 01:30–03:00 starts at 01:30 shifted by the gap: 02:30 BST.
        var calendar = WorkingCalendar.CreateBuilder(London)
            .WithWorkingSpans(IsoDayOfWeek.Sunday, Span("01:30-03:00"))
            .Build();
        var sunday = new LocalDate(2026, 3, 29);
        var opens = sunday.At(new LocalTime(2, 30)).InZoneStrictly(London).ToInstant();
        Assert.Equal(opens, calendar.NextWorkingInstant(sunday.AtMidnight().InZoneStrictly(London).ToInstant()));
        Assert.Equal(Duration.FromMinutes(30), calendar.WorkingTimeBetween(InLondon(2026, 3, 29, 0, 0), InLondon(2026, 3, 29, 12, 0)));
        // On an ordinary Sunday the same span gives 90 minutes.
        Assert.Equal(Duration.FromMinutes(90), calendar.WorkingTimeBetween(InLondon(2026, 4, 5, 0, 0), InLondon(2026, 4, 5, 12, 0)));
    }

    [Fact]
    public void A_span_in_the_autumn_repeat_starts_at_the_earlier_occurrence()
    {
        // On 25 October 2026 London repeats 01:00–02:00. A span 01:00–02:00 runs from the first 01:00 to the (unique) 02:00.
        var calendar = WorkingCalendar.CreateBuilder(London)
            .WithWorkingSpans(IsoDayOfWeek.Sunday, Span("01:00-02:00"))
            .Build();
        Assert.Equal(Duration.FromHours(2), calendar.WorkingTimeBetween(InLondon(2026, 10, 25, 0, 0), InLondon(2026, 10, 25, 12, 0)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 0), calendar.NextWorkingInstant(InLondon(2026, 10, 25, 0, 0)));
    }

    [Fact]
    public void Zero_allowance_returns_the_start_even_outside_working_hours()
    {
        var calendar = LondonOffice();
        var night = InLondon(2026, 11, 24, 23, 0);
        Assert.Equal(night, calendar.AddWorkingTime(night, Duration.Zero));
        Assert.Equal(Duration.Zero, calendar.WorkingTimeBetween(night, night));
    }

    [Fact]
    public void Working_time_between_is_negative_when_the_instants_are_reversed()
    {
        var calendar = LondonOffice();
        var a = InLondon(2026, 11, 24, 10, 0);
        var b = InLondon(2026, 11, 25, 10, 0);
        Assert.Equal(Duration.FromHours(8.5), calendar.WorkingTimeBetween(a, b));
        Assert.Equal(-Duration.FromHours(8.5), calendar.WorkingTimeBetween(b, a));
    }

    [Fact]
    public void Negative_allowances_are_refused()
    {
        var calendar = LondonOffice();
        var now = InLondon(2026, 11, 24, 10, 0);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(now, Duration.FromMinutes(-1)));
        Assert.Equal("allowance", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(now, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(now, -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Allowance.WorkingTime(Duration.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Due(now, default));
    }

    [Fact]
    public void An_allowance_the_calendar_can_never_meet_is_refused_without_looping()
    {
        // Only 2 hours a week are worked; 50 years of working time cannot fit before the end of the supported range.
        var sparse = WorkingCalendar.CreateBuilder(London).WithWorkingSpans(IsoDayOfWeek.Wednesday, Span("10:00-12:00")).Build();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => sparse.AddWorkingTime(InLondon(2140, 1, 1, 0, 0), Duration.FromDays(3650)));
        Assert.Contains("less than", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => sparse.AddWorkingDays(InLondon(2149, 12, 1, 0, 0), 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => sparse.AddWorkingTime(Instant.FromUtc(2200, 1, 1, 0, 0), Duration.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sparse.PreviousWorkingInstant(Instant.FromUtc(1900, 1, 2, 0, 0)));
    }

    [Fact]
    public void Overlapping_spans_are_refused_on_build_naming_the_day()
    {
        var builder = WorkingCalendar.CreateBuilder(London).WithWorkingSpans(IsoDayOfWeek.Tuesday, Span("09:00-12:00"), Span("11:00-13:00"));
        var e = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
        Assert.Contains("Tuesday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_reversed_spans_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingSpan(new LocalTime(12, 0), new LocalTime(9, 0)));
        Assert.Throws<ArgumentException>(() => new WorkingSpan(new LocalTime(9, 0), new LocalTime(9, 0)));
        Assert.Throws<ArgumentException>(() => WorkingSpan.Parse("nine to five"));
        var e = Assert.Throws<ArgumentException>(WorkingCalendar.CreateBuilder(London).WithWorkingSpans(IsoDayOfWeek.Monday, default(WorkingSpan)).Build);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_both_holiday_and_make_up_day_is_refused()
    {
        var builder = LondonOffice().ToBuilder()
            .AddHoliday(new LocalDate(2026, 10, 1), "National Day")
            .AddMakeUpWorkingDay(new LocalDate(2026, 10, 1), "National Day");
        var e = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("2026-10-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_without_working_hours_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(WorkingCalendar.CreateBuilder(London).Build);
        Assert.Contains("no working hours", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.CreateBuilder(null!));
        Assert.Throws<ArgumentException>(() => LondonOffice().ToBuilder().AddHolidays(new LocalDate(2026, 5, 5), new LocalDate(2026, 5, 1), "x"));
        Assert.Throws<ArgumentException>(() => LondonOffice().ToBuilder().AddHoliday(new LocalDate(2026, 5, 5), " "));
    }

    [Fact]
    public void Make_up_days_work_the_chosen_weekdays_hours()
    {
        var calendar = WorkingCalendar.CreateBuilder(London)
            .WithWorkingSpans(IsoDayOfWeek.Monday, Span("08:00-16:00"))
            .WithWorkingSpans(IsoDayOfWeek.Friday, Span("09:00-12:00"))
            .WithMakeUpDayPattern(IsoDayOfWeek.Friday)
            .AddMakeUpWorkingDay(new LocalDate(2026, 11, 28), "swap")
            .Build();
        Assert.Equal(InLondon(2026, 11, 28, 12, 0), calendar.CloseOfBusiness(new LocalDate(2026, 11, 28)));
        Assert.Equal([Span("09:00-12:00")], calendar.GetWorkingSpans(new LocalDate(2026, 11, 28)).ToArray());
    }

    [Fact]
    public void To_builder_round_trips_the_settings()
    {
        var china = ChinaWorkingCalendar.Default;
        var copy = china.ToBuilder().Build();
        Assert.Equal(china.CoveredYears.ToArray(), copy.CoveredYears.ToArray());
        Assert.Equal(china.Holidays, copy.Holidays);
        Assert.Equal(china.MakeUpWorkingDays, copy.MakeUpWorkingDays);
        var start = Instant.FromUtc(2026, 9, 30, 9, 40);
        Assert.Equal(china.AddWorkingDays(start, 3), copy.AddWorkingDays(start, 3));
        Assert.Contains("Asia/Shanghai", china.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Allowances_describe_themselves_in_English_and_Chinese()
    {
        Assert.Equal("24 h elapsed", Allowance.Elapsed(Duration.FromHours(24)).ToString());
        Assert.Equal("3 min elapsed", Allowance.Elapsed(Duration.FromMinutes(3)).ToString());
        Assert.Equal("2 working days", Allowance.WorkingDays(2).ToString());
        Assert.Equal("2 个工作日", Allowance.WorkingDays(2).ToChineseString());
        Assert.Equal("当天下班前", Allowance.EndOfWorkingDay.ToChineseString());
        Assert.Equal("09:00–12:00", Span("09:00-12:00").ToString());
        Assert.Equal("22:00–24:00", Span("22:00-24:00").ToString());
    }
}
