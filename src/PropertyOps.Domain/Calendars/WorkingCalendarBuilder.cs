using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// A mutable builder for an immutable <see cref="WorkingCalendar"/>. Settings are checked as they are added where
/// possible and as a whole by <see cref="Build"/>; a builder can be reused after building.
/// </summary>
/// <example>
/// <code>
/// var calendar = WorkingCalendar.CreateBuilder(DateTimeZoneProviders.Tzdb["Asia/Shanghai"])
///     .WithWeekdaySpans(WorkingSpan.Parse("09:00-12:00"), WorkingSpan.Parse("13:30-18:00"))
///     .AddHolidays(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7), "国庆节")
///     .AddMakeUpWorkingDay(new LocalDate(2026, 10, 10), "国庆节")
///     .Build();
/// </code>
/// </example>
public sealed class WorkingCalendarBuilder
{
    private readonly WorkingSpan[][] _weekly = new WorkingSpan[8][];
    private readonly SortedDictionary<LocalDate, string> _holidays = [];
    private readonly SortedDictionary<LocalDate, string> _makeUps = [];
    private readonly SortedDictionary<int, HolidayArrangement> _arrangements = [];
    private IsoDayOfWeek? _makeUpDayPattern;

    internal WorkingCalendarBuilder(DateTimeZone zone)
    {
        Zone = zone;
        for (var i = 0; i < _weekly.Length; i++)
        {
            _weekly[i] = [];
        }
    }

    /// <summary>The time zone of the calendar being built.</summary>
    public DateTimeZone Zone { get; private set; }

    /// <summary>Changes the time zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public WorkingCalendarBuilder WithZone(DateTimeZone zone)
    {
        Zone = Guard.Against.Null(zone);
        return this;
    }

    /// <summary>Sets the working spans of one day of the week, replacing any set before.</summary>
    /// <param name="day">The ISO day of the week.</param>
    /// <param name="spans">The spans; none makes the day a day off.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    public WorkingCalendarBuilder WithWorkingSpans(IsoDayOfWeek day, params WorkingSpan[] spans)
    {
        Preconditions.CheckDayOfWeek(day);
        Guard.Against.Null(spans);
        _weekly[(int)day] = [.. spans];
        return this;
    }

    /// <summary>Sets the same working spans Monday to Friday (the usual office week).</summary>
    /// <param name="spans">The spans, e.g. 09:00–12:00 and 13:30–18:00.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    public WorkingCalendarBuilder WithWeekdaySpans(params WorkingSpan[] spans)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            WithWorkingSpans(day, spans);
        }

        return this;
    }

    /// <summary>
    /// Chooses which weekday's spans a make-up working day (调休上班) follows. By default it is the first day of the
    /// week, Monday first, that has working spans.
    /// </summary>
    /// <param name="day">The weekday whose hours make-up days work.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public WorkingCalendarBuilder WithMakeUpDayPattern(IsoDayOfWeek day)
    {
        Preconditions.CheckDayOfWeek(day);
        _makeUpDayPattern = day;
        return this;
    }

    /// <summary>Adds a holiday (a day off, whatever its weekday).</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name, e.g. <c>国庆节</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is blank or the date is outside the supported years.</exception>
    public WorkingCalendarBuilder AddHoliday(LocalDate date, string name)
    {
        CheckDate(date);
        _holidays[date] = Preconditions.CheckText(name, 100);
        return this;
    }

    /// <summary>Adds every date from <paramref name="first"/> to <paramref name="last"/> inclusive as a holiday.</summary>
    /// <param name="first">The first day off.</param>
    /// <param name="last">The last day off.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, the range is longer than a year, or the name is blank.</exception>
    public WorkingCalendarBuilder AddHolidays(LocalDate first, LocalDate last, string name)
    {
        Preconditions.CheckArgument(first <= last, $"A holiday period must not end ({Invariant.Date(last)}) before it starts ({Invariant.Date(first)}).", nameof(last));
        Preconditions.CheckArgument(Period.Between(first, last, PeriodUnits.Days).Days < 366, "A holiday period cannot be longer than a year.", nameof(last));
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            AddHoliday(date, name);
        }

        return this;
    }

    /// <summary>Adds a make-up working day (调休上班): a date, usually a weekend, that works the normal weekday hours.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday it makes up for.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is blank or the date is outside the supported years.</exception>
    public WorkingCalendarBuilder AddMakeUpWorkingDay(LocalDate date, string name)
    {
        CheckDate(date);
        _makeUps[date] = Preconditions.CheckText(name, 100);
        return this;
    }

    /// <summary>Adds a year's official holiday arrangement; its year then counts as covered.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is null.</exception>
    /// <exception cref="ArgumentException">An arrangement for the same year was already added.</exception>
    public WorkingCalendarBuilder AddArrangement(HolidayArrangement arrangement)
    {
        Guard.Against.Null(arrangement);
        Preconditions.CheckArgument(
            !_arrangements.TryGetValue(arrangement.Year, out var existing) || ReferenceEquals(existing, arrangement),
            $"An arrangement for {arrangement.Year} was already added.",
            nameof(arrangement));
        _arrangements[arrangement.Year] = arrangement;
        return this;
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">A span is empty; two spans of a day overlap; no day of the week has working
    /// hours; a date is both a holiday and a make-up working day; or make-up days follow a weekday with no hours.
    /// The message names the problem.</exception>
    public WorkingCalendar Build()
    {
        var weekly = new WorkingSpan[8][];
        weekly[0] = [];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var spans = _weekly[(int)day].OrderBy(s => s.StartNanos).ToArray();
            for (var i = 0; i < spans.Length; i++)
            {
                if (spans[i].IsEmpty)
                {
                    throw new ArgumentException($"{day} has an empty working span; a span must end after it starts.", "spans");
                }

                if (i > 0 && spans[i - 1].Overlaps(spans[i]))
                {
                    throw new ArgumentException($"The working spans {spans[i - 1]} and {spans[i]} on {day} overlap.", "spans");
                }
            }

            weekly[(int)day] = spans;
        }

        var firstWorkingDay = Enumerable.Range(1, 7).Cast<IsoDayOfWeek>().Where(d => weekly[(int)d].Length > 0).ToArray();
        if (firstWorkingDay.Length == 0)
        {
            throw new ArgumentException("The calendar has no working hours on any day of the week.", "spans");
        }

        var pattern = _makeUpDayPattern ?? firstWorkingDay[0];
        var overrides = new Dictionary<LocalDate, ArrangedDay>();
        foreach (var arrangement in _arrangements.Values)
        {
            foreach (var day in arrangement.Days)
            {
                Add(overrides, day);
            }
        }

        foreach (var (date, name) in _holidays)
        {
            Add(overrides, new ArrangedDay(date, name, IsOffDay: true));
        }

        foreach (var (date, name) in _makeUps)
        {
            Add(overrides, new ArrangedDay(date, name, IsOffDay: false));
        }

        if (weekly[(int)pattern].Length == 0 && overrides.Values.Any(d => !d.IsOffDay))
        {
            throw new ArgumentException($"Make-up working days follow {pattern}'s hours, but {pattern} has no working spans.", "day");
        }

        return new WorkingCalendar(Zone, weekly, pattern, overrides, [.. _arrangements.Values]);
    }

    private static void Add(Dictionary<LocalDate, ArrangedDay> overrides, ArrangedDay day)
    {
        if (overrides.TryGetValue(day.Date, out var existing) && existing.IsOffDay != day.IsOffDay)
        {
            throw new ArgumentException(
                $"{Invariant.Date(day.Date)} is both a holiday and a make-up working day ({existing.Name} / {day.Name}).", "date");
        }

        overrides[day.Date] = day;
    }

    private static void CheckDate(LocalDate date) => WorkingCalendar.YearIndexOf(date, nameof(date));
}
