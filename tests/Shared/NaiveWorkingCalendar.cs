using System;
using NodaTime;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Testing;

/// <summary>
/// The naive reference for <see cref="WorkingCalendar"/>: steps minute by minute (and day by day) through local
/// time, asking of each minute whether its local time falls inside a working span of its local date. Obviously
/// right and hopelessly slow; the fast calendar must agree with it on every minute-aligned case.
/// Shared by the tests (as the oracle) and the benchmarks (as the slowest peer).
/// </summary>
internal static class NaiveWorkingCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    public static bool IsWorkingMinute(WorkingCalendar calendar, Instant minute)
    {
        var local = minute.InZone(calendar.Zone).LocalDateTime;
        var nanos = local.TimeOfDay.NanosecondOfDay;
        foreach (var span in calendar.GetWorkingSpans(local.Date))
        {
            var end = span.EndsAtMidnight ? NodaConstants.NanosecondsPerDay : span.End.NanosecondOfDay;
            if (nanos >= span.Start.NanosecondOfDay && nanos < end)
            {
                return true;
            }
        }

        return false;
    }

    public static Instant AddWorkingTime(WorkingCalendar calendar, Instant start, Duration allowance)
    {
        var remaining = (long)allowance.TotalMinutes;
        var t = start;
        if (remaining == 0)
        {
            return start;
        }

        for (var guard = 0; guard < 10_000_000; guard++)
        {
            if (IsWorkingMinute(calendar, t) && --remaining == 0)
            {
                return t + Minute;
            }

            t += Minute;
        }

        throw new InvalidOperationException("naive stepping did not terminate");
    }

    public static Duration WorkingTimeBetween(WorkingCalendar calendar, Instant from, Instant to)
    {
        long minutes = 0;
        for (var t = from; t < to; t += Minute)
        {
            if (IsWorkingMinute(calendar, t))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    public static Instant AddWorkingDays(WorkingCalendar calendar, Instant start, int days)
    {
        var date = start.InZone(calendar.Zone).Date;
        while (days > 0)
        {
            date = date.PlusDays(1);
            if (calendar.GetWorkingSpans(date).Length > 0)
            {
                days--;
            }
        }

        return CloseOf(calendar, date);
    }

    public static Instant EndOfWorkingDay(WorkingCalendar calendar, Instant start)
    {
        var date = start.InZone(calendar.Zone).Date;
        if (calendar.GetWorkingSpans(date).Length > 0 && start < CloseOf(calendar, date))
        {
            return CloseOf(calendar, date);
        }

        return AddWorkingDays(calendar, start, 1);
    }

    private static Instant CloseOf(WorkingCalendar calendar, LocalDate date)
    {
        var last = calendar.GetWorkingSpans(date)[^1];
        var local = last.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date + last.End;
        return local.InZoneLeniently(calendar.Zone).ToInstant();
    }
}
