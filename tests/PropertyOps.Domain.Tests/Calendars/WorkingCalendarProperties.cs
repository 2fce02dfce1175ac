using FsCheck.Xunit;
using System.Linq;
using FsCheck;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Testing;

namespace PropertyOps.Domain.Tests.Calendars;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class WorkingCalendarProperties
{
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    [Property]
    public void Working_time_between_inverts_adding_working_time(CalendarCase c)
    {
        var due = c.Calendar.AddWorkingTime(c.Start, c.Allowance);
        Assert.Equal(c.Allowance, c.Calendar.WorkingTimeBetween(c.Start, due));
        Assert.Equal(-c.Allowance, c.Calendar.WorkingTimeBetween(due, c.Start));
    }

    [Property]
    public void Adding_working_time_is_monotonic_in_the_start(CalendarCase c, PositiveInt laterByMinutes)
    {
        var later = c.Start + Duration.FromMinutes(laterByMinutes.Get % 10_000);
        Assert.True(c.Calendar.AddWorkingTime(c.Start, c.Allowance) <= c.Calendar.AddWorkingTime(later, c.Allowance));
    }

    [Property]
    public void Adding_working_time_is_monotonic_in_the_allowance(CalendarCase c, PositiveInt moreMinutes)
    {
        var more = c.Allowance + Duration.FromMinutes(moreMinutes.Get % 2_000);
        Assert.True(c.Calendar.AddWorkingTime(c.Start, c.Allowance) <= c.Calendar.AddWorkingTime(c.Start, more));
    }

    [Property]
    public void Adding_in_two_steps_equals_adding_once(CalendarCase c, PositiveInt secondMinutes)
    {
        var a = c.Allowance + Duration.FromMinutes(1);
        var b = Duration.FromMinutes(1 + (secondMinutes.Get % 3_000));
        var twoSteps = c.Calendar.AddWorkingTime(c.Calendar.AddWorkingTime(c.Start, a), b);
        Assert.Equal(c.Calendar.AddWorkingTime(c.Start, a + b), twoSteps);
    }

    [Property]
    public void A_positive_allowance_ends_inside_a_working_span_or_at_its_end(CalendarCase c)
    {
        var allowance = c.Allowance + Duration.FromMinutes(1);
        var due = c.Calendar.AddWorkingTime(c.Start, allowance);
        // The nanosecond just before the due instant was worked, so the due instant is in (start, end] of a span.
        Assert.True(c.Calendar.IsWorkingTime(due - Nanosecond));
        Assert.Equal(Nanosecond, c.Calendar.WorkingTimeBetween(due - Nanosecond, due));
    }

    [Property]
    public void Adding_working_days_lands_on_a_working_days_close_of_business(CalendarCase c, PositiveInt days)
    {
        var n = 1 + (days.Get % 15);
        var due = c.Calendar.AddWorkingDays(c.Start, n);
        var closingDay = Enumerable.Range(0, 3)
            .Select(back => (due - Nanosecond).InZone(c.Calendar.Zone).Date.PlusDays(-back))
            .First(d => c.Calendar.CloseOfBusiness(d) == due);
        Assert.True(c.Calendar.IsWorkingDay(closingDay));
        Assert.True(closingDay > c.Start.InZone(c.Calendar.Zone).Date);
        Assert.Equal(NaiveWorkingCalendar.AddWorkingDays(c.Calendar, c.Start, n), due);
    }

    [Property]
    public void Fast_add_equals_the_minute_stepping_reference(CalendarCase c)
    {
        var fast = c.Calendar.AddWorkingTime(c.Start, c.Allowance);
        Assert.Equal(NaiveWorkingCalendar.AddWorkingTime(c.Calendar, c.Start, c.Allowance), fast);
    }

    [Property]
    public void Fast_between_equals_the_minute_stepping_reference(CalendarCase c, PositiveInt minutes)
    {
        var end = c.Start + Duration.FromMinutes(minutes.Get % (20 * 24 * 60));
        Assert.Equal(NaiveWorkingCalendar.WorkingTimeBetween(c.Calendar, c.Start, end), c.Calendar.WorkingTimeBetween(c.Start, end));
    }

    [Property]
    public void Fast_end_of_working_day_equals_the_reference(CalendarCase c) =>
        Assert.Equal(NaiveWorkingCalendar.EndOfWorkingDay(c.Calendar, c.Start), c.Calendar.EndOfWorkingDay(c.Start));

    [Property]
    public void Next_and_previous_working_instants_bracket_non_working_time(CalendarCase c)
    {
        var next = c.Calendar.NextWorkingInstant(c.Start);
        var previous = c.Calendar.PreviousWorkingInstant(c.Start);
        Assert.True(previous <= c.Start && c.Start <= next);
        Assert.Equal(Duration.Zero, c.Calendar.WorkingTimeBetween(previous, next));
        Assert.True(c.Calendar.IsWorkingTime(next));
        Assert.Equal(next, NaiveNext(c.Calendar, c.Start));
    }

    [Property]
    public void Is_working_day_agrees_with_the_spans_of_the_date(CalendarCase c)
    {
        var date = c.Start.InZone(c.Calendar.Zone).Date;
        var spans = c.Calendar.GetWorkingSpans(date);
        Assert.Equal(spans.Length > 0, c.Calendar.IsWorkingDay(date));
        Assert.Equal(c.Spec.Holidays.Contains(date) ? 0 : spans.Length, spans.Length);
    }

    private static Instant NaiveNext(WorkingCalendar calendar, Instant t)
    {
        while (!NaiveWorkingCalendar.IsWorkingMinute(calendar, t))
        {
            t += Duration.FromMinutes(1);
        }

        return t;
    }
}
