using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Benchmarks.Peers;

/// <summary>
/// Business time the way most help-desk systems compute it: walk day by day over NodaTime local dates, look the
/// date up in holiday and make-up sets, convert each span to instants and consume the allowance span by span.
/// Same data as the <see cref="WorkingCalendar"/> it is built from; correct, but O(days) per call.
/// </summary>
internal sealed class DayLoopCalendar
{
    private readonly DateTimeZone _zone;
    private readonly (LocalTime Start, LocalTime End)[][] _weekly = new (LocalTime, LocalTime)[8][];
    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<LocalDate> _makeUps;
    private readonly IsoDayOfWeek _makeUpPattern;

    public DayLoopCalendar(WorkingCalendar source)
    {
        _zone = source.Zone;
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            _weekly[(int)day] = source.GetWorkingSpans(day).Select(s => (s.Start, s.End)).ToArray();
        }

        _holidays = [.. source.Holidays.Keys];
        _makeUps = [.. source.MakeUpWorkingDays.Keys];
        _makeUpPattern = source.MakeUpDayPattern;
    }

    public Instant AddWorkingTime(Instant start, Duration allowance)
    {
        var remaining = allowance;
        var date = start.InZone(_zone).Date;
        while (true)
        {
            foreach (var (spanStart, spanEnd) in SpansOf(date))
            {
                var from = (date + spanStart).InZoneLeniently(_zone).ToInstant();
                var to = (date + spanEnd).InZoneLeniently(_zone).ToInstant();
                if (to <= start)
                {
                    continue;
                }

                if (from < start)
                {
                    from = start;
                }

                var available = to - from;
                if (available >= remaining)
                {
                    return from + remaining;
                }

                remaining -= available;
            }

            date = date.PlusDays(1);
        }
    }

    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        var total = Duration.Zero;
        for (var date = from.InZone(_zone).Date; date <= to.InZone(_zone).Date; date = date.PlusDays(1))
        {
            foreach (var (spanStart, spanEnd) in SpansOf(date))
            {
                var a = (date + spanStart).InZoneLeniently(_zone).ToInstant();
                var b = (date + spanEnd).InZoneLeniently(_zone).ToInstant();
                var lo = a < from ? from : a;
                var hi = b > to ? to : b;
                if (hi > lo)
                {
                    total += hi - lo;
                }
            }
        }

        return total;
    }

    private (LocalTime Start, LocalTime End)[] SpansOf(LocalDate date) =>
        _holidays.Contains(date) ? []
        : _makeUps.Contains(date) ? _weekly[(int)_makeUpPattern]
        : _weekly[(int)date.DayOfWeek];
}
