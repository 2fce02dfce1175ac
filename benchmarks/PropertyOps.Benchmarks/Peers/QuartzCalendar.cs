using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using Quartz;
using Quartz.Impl.Calendar;

namespace PropertyOps.Benchmarks.Peers;

/// <summary>
/// The Quartz.NET peer: two <see cref="DailyCalendar"/>s (outside 09:00–18:00 off; 12:00–13:30 off) chained over a
/// <see cref="WeeklyCalendar"/> (weekends off) over a <see cref="HolidayCalendar"/>, in Asia/Shanghai, stepped with
/// <see cref="ICalendar.GetNextIncludedTimeUtc"/> across excluded time and minute by minute through included time.
/// Quartz has no way to include a make-up working day (调休上班) on a weekend, so it is the less exact peer too.
/// </summary>
internal sealed class QuartzCalendar
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly ICalendar _calendar;

    public QuartzCalendar(WorkingCalendar source)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(source.Zone.Id);
        // Quartz consults the base calendar for whole days, so the day-level calendars go at the bottom of the chain.
        var holidays = new HolidayCalendar { TimeZone = zone };
        foreach (var date in source.Holidays.Keys.Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday))
        {
            holidays.AddExcludedDay(date.ToDateOnly());
        }

        var weekly = new WeeklyCalendar(holidays) { TimeZone = zone };
        weekly.AddExcludedDay(DayOfWeek.Saturday);
        weekly.AddExcludedDay(DayOfWeek.Sunday);
        var lunch = new DailyCalendar(new TimeOnly(12, 0), new TimeOnly(13, 30), weekly) { TimeZone = zone };
        var hours = new DailyCalendar(new TimeOnly(9, 0), new TimeOnly(18, 0), lunch) { InvertTimeRange = true, TimeZone = zone };
        _calendar = hours;
    }

    public Instant AddWorkingTime(Instant start, Duration allowance)
    {
        var t = start.ToDateTimeOffset();
        var remaining = (long)allowance.TotalMinutes;
        while (remaining > 0)
        {
            if (!_calendar.IsTimeIncluded(t))
            {
                t = _calendar.GetNextIncludedTimeUtc(t);
                continue;
            }

            t += Minute;
            remaining--;
        }

        return Instant.FromDateTimeOffset(t);
    }

    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        var t = from.ToDateTimeOffset();
        var end = to.ToDateTimeOffset();
        long minutes = 0;
        while (t < end)
        {
            if (!_calendar.IsTimeIncluded(t))
            {
                t = _calendar.GetNextIncludedTimeUtc(t);
                continue;
            }

            t += Minute;
            minutes++;
        }

        return Duration.FromMinutes(minutes);
    }
}
