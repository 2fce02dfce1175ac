using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// An immutable working calendar: a time zone, working spans per ISO weekday, holidays (法定节假日) and
/// make-up working days (调休上班). Every deadline in PropertyOps is computed on one.
/// </summary>
/// <remarks>
/// <para><b>Semantics</b> (docs/time-and-deadlines.md):</para>
/// <list type="bullet">
/// <item><see cref="AddWorkingTime"/>: the earliest instant t ≥ start such that the working time in [start, t]
/// equals the allowance; a start outside working hours begins counting at the next span.</item>
/// <item><see cref="AddWorkingDays"/>: close of business (end of the last span) of the N-th working day strictly
/// after the start's local date.</item>
/// <item><see cref="EndOfWorkingDay"/> (rule C18): close of business of the start's date if that is a working day
/// and the start is before close; otherwise close of business of the next working day.</item>
/// <item><see cref="WorkingTimeBetween"/> is the inverse of <see cref="AddWorkingTime"/>:
/// <c>WorkingTimeBetween(s, AddWorkingTime(s, d)) == d</c>.</item>
/// </list>
/// <para><b>Daylight saving.</b> Each span boundary on a date is mapped to an instant the way NodaTime's lenient
/// resolver does (<see cref="LocalDateTime.InZoneLeniently"/>): a skipped local time is shifted forward by the
/// length of the gap, an ambiguous one takes the earlier occurrence. If that makes a span overlap the one
/// before it, its start is moved to the earlier span's end (working time is never counted twice); a span
/// that ends up empty contributes no working time. Working time is real elapsed time, so a span that
/// contains a clock change is an hour shorter or longer that day.</para>
/// <para><b>Speed.</b> Working periods are precomputed per local year on first use (thread-safely, without locks)
/// with cumulative working time, so every operation is a couple of binary searches: O(log n) whatever the
/// allowance, and allocation-free once the years involved have been seen.</para>
/// <para><b>Range.</b> Dates from <see cref="MinSupportedYear"/> to <see cref="MaxSupportedYear"/> are supported; an
/// argument outside them, or an allowance that cannot be met before the end of that range (a calendar with no
/// working time left), throws <see cref="ArgumentOutOfRangeException"/> rather than looping.</para>
/// <para>Instances are immutable and thread-safe: build one with <see cref="CreateBuilder"/> (or take
/// <see cref="ChinaWorkingCalendar.Default"/>) and share it across the application.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    // First among the static fields: ToNanos reads them.
    private static readonly Instant NanosFloor = Instant.FromUtc(1800, 1, 1, 0, 0);
    private static readonly Instant NanosCeiling = Instant.FromUtc(2200, 1, 1, 0, 0);

    /// <summary>The first calendar year this type computes in.</summary>
    public const int MinSupportedYear = 1900;

    /// <summary>The last calendar year this type computes in.</summary>
    public const int MaxSupportedYear = 2149;

    private const int YearCount = MaxSupportedYear - MinSupportedYear + 1;

    /// <summary>The longest allowance accepted by <see cref="AddWorkingTime"/> (100 × 365 days).</summary>
    public static readonly Duration MaxAllowance = Duration.FromDays(36_500);

    /// <summary>The most working days accepted by <see cref="AddWorkingDays"/>.</summary>
    public const int MaxWorkingDays = 36_500;

    private readonly WorkingSpan[][] _weekly; // indexed by (int)IsoDayOfWeek, 1..7
    private readonly FrozenDictionary<LocalDate, ArrangedDay> _overrides;
    private readonly long[] _yearStarts; // YearCount + 1 entries: local 1 January 00:00, resolved leniently
    private readonly YearBlock?[] _blocks = new YearBlock?[YearCount];

    internal WorkingCalendar(
        DateTimeZone zone,
        WorkingSpan[][] weekly,
        IsoDayOfWeek makeUpDayPattern,
        IReadOnlyDictionary<LocalDate, ArrangedDay> overrides,
        ImmutableArray<HolidayArrangement> arrangements)
    {
        Zone = zone;
        _weekly = weekly;
        MakeUpDayPattern = makeUpDayPattern;
        _overrides = overrides.ToFrozenDictionary();
        Arrangements = arrangements;
        var covered = ImmutableArray.CreateBuilder<int>();
        foreach (var arrangement in arrangements)
        {
            if (!covered.Contains(arrangement.Year))
            {
                covered.Add(arrangement.Year);
            }
        }

        covered.Sort();
        CoveredYears = covered.ToImmutable();

        var holidays = ImmutableSortedDictionary.CreateBuilder<LocalDate, string>();
        var makeUps = ImmutableSortedDictionary.CreateBuilder<LocalDate, string>();
        foreach (var (date, day) in overrides)
        {
            (day.IsOffDay ? holidays : makeUps)[date] = day.Name;
        }

        Holidays = holidays.ToImmutable();
        MakeUpWorkingDays = makeUps.ToImmutable();

        _yearStarts = new long[YearCount + 1];
        for (var i = 0; i <= YearCount; i++)
        {
            _yearStarts[i] = Resolve(new LocalDate(MinSupportedYear + i, 1, 1), 0);
        }
    }

    /// <summary>The time zone the working hours are read in (e.g. <c>Asia/Shanghai</c>).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The weekday whose working spans a make-up working day (调休上班) follows.</summary>
    public IsoDayOfWeek MakeUpDayPattern { get; }

    /// <summary>Holidays (days off on what would be a working day, or within a holiday period), with their names.</summary>
    public ImmutableSortedDictionary<LocalDate, string> Holidays { get; }

    /// <summary>Make-up working days (调休上班), with the holiday they belong to.</summary>
    public ImmutableSortedDictionary<LocalDate, string> MakeUpWorkingDays { get; }

    /// <summary>The official holiday arrangements this calendar was built from.</summary>
    public ImmutableArray<HolidayArrangement> Arrangements { get; }

    /// <summary>
    /// The years for which an official holiday arrangement was supplied, ascending. Any other year falls back to
    /// the plain weekly pattern (plus any individually added holidays).
    /// </summary>
    public ImmutableArray<int> CoveredYears { get; }

    /// <summary>Starts a builder for a calendar in <paramref name="zone"/>.</summary>
    /// <param name="zone">The time zone; e.g. <c>DateTimeZoneProviders.Tzdb["Asia/Shanghai"]</c>.</param>
    /// <returns>A new builder with no working hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static WorkingCalendarBuilder CreateBuilder(DateTimeZone zone) => new(Guard.Against.Null(zone));

    /// <summary>A builder holding this calendar's settings, to derive a changed calendar.</summary>
    /// <returns>A new builder.</returns>
    public WorkingCalendarBuilder ToBuilder()
    {
        var builder = new WorkingCalendarBuilder(Zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.WithWorkingSpans(day, _weekly[(int)day]);
        }

        builder.WithMakeUpDayPattern(MakeUpDayPattern);
        foreach (var arrangement in Arrangements)
        {
            builder.AddArrangement(arrangement);
        }

        foreach (var (date, name) in Holidays)
        {
            builder.AddHoliday(date, name);
        }

        foreach (var (date, name) in MakeUpWorkingDays)
        {
            builder.AddMakeUpWorkingDay(date, name);
        }

        return builder;
    }

    /// <summary>Whether an official holiday arrangement for <paramref name="year"/> was supplied.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the year is covered by data.</returns>
    public bool Covers(int year) => CoveredYears.Contains(year);

    /// <summary>The working spans of an ordinary <paramref name="day"/> of the week.</summary>
    /// <param name="day">The ISO day of the week.</param>
    /// <returns>The spans, in order; empty for a day off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public ImmutableArray<WorkingSpan> GetWorkingSpans(IsoDayOfWeek day)
    {
        Preconditions.CheckDayOfWeek(day);
        return ImmutableArray.Create(_weekly[(int)day]);
    }

    /// <summary>The working spans of <paramref name="date"/>, after holidays and make-up days are applied.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The spans, in order; empty when the date is not a working day.</returns>
    public ImmutableArray<WorkingSpan> GetWorkingSpans(LocalDate date) => ImmutableArray.Create(SpansOf(date));

    /// <summary>Whether <paramref name="date"/> is a working day: it has working spans, is not a holiday, or is a make-up working day.</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => SpansOf(date).Length > 0;

    /// <summary>The name of the holiday <paramref name="date"/> is off for, or that it is a make-up working day of.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The name, or <see langword="null"/> for an ordinary day.</returns>
    public string? GetHolidayName(LocalDate date) => _overrides.TryGetValue(date, out var day) ? day.Name : null;

    /// <summary>Whether <paramref name="date"/> is a holiday (a day off by arrangement).</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> for a holiday.</returns>
    public bool IsHoliday(LocalDate date) => _overrides.TryGetValue(date, out var day) && day.IsOffDay;

    /// <summary>Whether <paramref name="date"/> is a make-up working day (调休上班).</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> for a make-up working day.</returns>
    public bool IsMakeUpWorkingDay(LocalDate date) => _overrides.TryGetValue(date, out var day) && !day.IsOffDay;

    /// <summary>Whether work is going on at <paramref name="instant"/> (it lies inside a working span).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> inside working hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported years.</exception>
    public bool IsWorkingTime(Instant instant)
    {
        var t = ToNanos(instant);
        var block = Block(YearIndexOf(t, nameof(instant)));
        var k = Search.CountAtMost(block.Starts, t) - 1;
        return k >= 0 && t < block.Ends[k];
    }

    /// <summary>The close of business (end of the last span) of <paramref name="date"/>, if it is a working day.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The closing instant, or <see langword="null"/> when the date is not a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public Instant? CloseOfBusiness(LocalDate date)
    {
        var block = Block(YearIndexOf(date, nameof(date)));
        var k = Search.CountAtMost(block.WorkingDays, date.DayOfYear) - 1;
        return k >= 0 && block.WorkingDays[k] == date.DayOfYear ? FromNanos(block.Closings[k]) : null;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No working day follows within the supported years.</exception>
    public LocalDate NextWorkingDay(LocalDate date)
    {
        var (year, index) = NthWorkingDayAfter(date, 1, nameof(date));
        var block = Block(year);
        return new LocalDate(MinSupportedYear + year, 1, 1).PlusDays(block.WorkingDays[index] - 1);
    }

    /// <summary>
    /// Adds working time: the earliest instant t ≥ <paramref name="start"/> such that the working time in
    /// [<paramref name="start"/>, t] equals <paramref name="allowance"/>.
    /// </summary>
    /// <param name="start">When the clock starts (e.g. receipt of a complaint).</param>
    /// <param name="allowance">The working time allowed; zero returns <paramref name="start"/>.</param>
    /// <returns>The due instant; for a positive allowance it always lies inside a working span or at its end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allowance"/> is negative or above <see cref="MaxAllowance"/>;
    /// <paramref name="start"/> is outside the supported years; or the calendar has too little working time left to meet it.</exception>
    /// <example>
    /// <code>
    /// var due = ChinaWorkingCalendar.Default.AddWorkingTime(received, Duration.FromHours(2));
    /// </code>
    /// </example>
    public Instant AddWorkingTime(Instant start, Duration allowance)
    {
        Allowance.CheckDuration(allowance);
        var t = ToNanos(start);
        var year = YearIndexOf(t, nameof(start));
        if (allowance == Duration.Zero)
        {
            return start;
        }

        var block = Block(year);
        var target = block.WorkingTimeBefore(t) + allowance.ToInt64Nanoseconds();
        while (target > block.Total)
        {
            target -= block.Total;
            block = NextBlock(ref year, start, allowance);
        }

        var j = Search.FirstAtLeast(block.CumulativeEnds, target);
        return FromNanos(block.Ends[j] - (block.CumulativeEnds[j] - target));
    }

    /// <summary>
    /// The working time between two instants: how much of [<paramref name="from"/>, <paramref name="to"/>] lies inside
    /// working spans. Negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <param name="from">The earlier instant.</param>
    /// <param name="to">The later instant.</param>
    /// <returns>The working time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported years.</exception>
    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        var a = ToNanos(from);
        var b = ToNanos(to);
        var ya = YearIndexOf(a, nameof(from));
        var yb = YearIndexOf(b, nameof(to));
        if (b < a)
        {
            return -Between(b, yb, a, ya);
        }

        return Between(a, ya, b, yb);
    }

    /// <summary>
    /// Adds working days: close of business (end of the last span) of the <paramref name="days"/>-th working day
    /// strictly after <paramref name="start"/>'s local date ("within 2 working days").
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="days">The number of working days, at least 1.</param>
    /// <returns>The due instant: a working day's close of business.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1 or above <see cref="MaxWorkingDays"/>;
    /// <paramref name="start"/> is outside the supported years; or too few working days remain.</exception>
    public Instant AddWorkingDays(Instant start, int days)
    {
        Guard.Against.OutOfRange(days, nameof(days), 1, MaxWorkingDays);
        var date = LocalDateOf(start, nameof(start));
        var (year, index) = NthWorkingDayAfter(date, days, nameof(days));
        return FromNanos(Block(year).Closings[index]);
    }

    /// <summary>
    /// The end of the working day (rule C18, 当天下班之前): close of business of <paramref name="start"/>'s date if that is
    /// a working day and <paramref name="start"/> is before its close; otherwise close of business of the next working day.
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the supported years, or no working day follows.</exception>
    /// <remarks>Rule C18.</remarks>
    public Instant EndOfWorkingDay(Instant start)
    {
        // The first close of business after the start is exactly the rule: a working day's close lies within that day
        // and after its start, so the start's own day (if working and not yet closed) or else the next working day.
        // One binary search over the closings; no time-zone conversion.
        var t = ToNanos(start);
        var year = YearIndexOf(t, nameof(start));
        var block = Block(year);
        var k = Search.FirstAtLeast(block.Closings, t + 1);
        while (k >= block.Closings.Length)
        {
            if (++year >= YearCount)
            {
                throw new ArgumentOutOfRangeException(nameof(start), $"The calendar has no working day after {Invariant.Instant(start)} before the end of {MaxSupportedYear}.");
            }

            block = Block(year);
            k = 0;
        }

        return FromNanos(block.Closings[k]);
    }

    /// <summary>
    /// The earliest instant at or after <paramref name="instant"/> at which working time is accrued: <paramref name="instant"/>
    /// itself during working hours, otherwise the start of the next working span.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The next working instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported years, or no working time follows.</exception>
    public Instant NextWorkingInstant(Instant instant)
    {
        var t = ToNanos(instant);
        var year = YearIndexOf(t, nameof(instant));
        var block = Block(year);
        var k = Search.CountAtMost(block.Ends, t);
        if (k < block.Ends.Length)
        {
            return FromNanos(Math.Max(t, block.Starts[k]));
        }

        while (++year < YearCount)
        {
            block = Block(year);
            if (block.Starts.Length > 0)
            {
                return FromNanos(block.Starts[0]);
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(instant), $"The calendar has no working time after {Invariant.Instant(instant)} before the end of {MaxSupportedYear}.");
    }

    /// <summary>
    /// The latest instant at or before <paramref name="instant"/> that lies in a working span or at its end:
    /// <paramref name="instant"/> itself during working hours, otherwise the end of the previous working span.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The previous working instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported years, or no working time precedes it.</exception>
    public Instant PreviousWorkingInstant(Instant instant)
    {
        var t = ToNanos(instant);
        var year = YearIndexOf(t, nameof(instant));
        var block = Block(year);
        var k = Search.CountAtMost(block.Starts, t) - 1;
        if (k >= 0)
        {
            return FromNanos(Math.Min(t, block.Ends[k]));
        }

        while (--year >= 0)
        {
            block = Block(year);
            if (block.Ends.Length > 0)
            {
                return FromNanos(block.Ends[^1]);
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(instant), $"The calendar has no working time before {Invariant.Instant(instant)} since {MinSupportedYear}.");
    }

    /// <summary>Computes the due instant of an <see cref="Allowance"/> started at <paramref name="start"/>.</summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="allowance">The allowance.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See the operation the allowance's kind maps to.</exception>
    public Instant Due(Instant start, Allowance allowance) => allowance.Kind switch
    {
        AllowanceKind.Elapsed => AddElapsed(start, allowance.Duration),
        AllowanceKind.WorkingTime => AddWorkingTime(start, allowance.Duration),
        AllowanceKind.WorkingDays => AddWorkingDays(start, allowance.Days),
        AllowanceKind.EndOfWorkingDay => EndOfWorkingDay(start),
        _ => throw new ArgumentOutOfRangeException(nameof(allowance), "The allowance has no kind; use one of the Allowance factory methods."),
    };

    /// <summary>A one-line summary: zone, weekly hours and covered years.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if (_weekly[(int)day].Length > 0)
            {
                parts.Add($"{day.ToString()[..3]} {string.Join(", ", (IEnumerable<WorkingSpan>)_weekly[(int)day])}");
            }
        }

        var years = CoveredYears.IsEmpty ? "no holiday data" : $"holidays {string.Join(", ", CoveredYears)}";
        return $"{Zone.Id}; {string.Join("; ", parts)}; {years}";
    }

    internal WorkingSpan[] SpansOf(LocalDate date)
    {
        if (_overrides.TryGetValue(date, out var day))
        {
            return day.IsOffDay ? [] : _weekly[(int)MakeUpDayPattern];
        }

        return _weekly[(int)date.DayOfWeek];
    }

    // Nanoseconds since the epoch fit a long only within about ±292 years; farther instants map to the sentinels
    // long.MinValue/MaxValue, which every caller's year lookup refuses with ArgumentOutOfRangeException.
    private static long ToNanos(Instant instant) =>
        instant < NanosFloor ? long.MinValue : instant > NanosCeiling ? long.MaxValue : (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();


    private static Instant FromNanos(long nanos) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);

    private Duration Between(long a, int ya, long b, int yb)
    {
        var first = Block(ya);
        if (ya == yb)
        {
            return Duration.FromNanoseconds(first.WorkingTimeBefore(b) - first.WorkingTimeBefore(a));
        }

        var sum = first.Total - first.WorkingTimeBefore(a);
        for (var y = ya + 1; y < yb; y++)
        {
            sum += Block(y).Total;
        }

        return Duration.FromNanoseconds(sum + Block(yb).WorkingTimeBefore(b));
    }

    private (int Year, int Index) NthWorkingDayAfter(LocalDate date, int n, string paramName)
    {
        var year = YearIndexOf(date, paramName);
        var block = Block(year);
        var index = Search.CountAtMost(block.WorkingDays, date.DayOfYear) + n - 1;
        while (index >= block.WorkingDays.Length)
        {
            index -= block.WorkingDays.Length;
            if (++year == YearCount)
            {
                throw new ArgumentOutOfRangeException(
                    paramName, $"The calendar has fewer than {n} working days after {Invariant.Date(date)} before the end of {MaxSupportedYear}.");
            }

            block = Block(year);
        }

        return (year, index);
    }

    private YearBlock NextBlock(ref int year, Instant start, Duration allowance)
    {
        if (++year == YearCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(allowance),
                $"The calendar has less than {Invariant.Duration(allowance)} of working time after {Invariant.Instant(start)} before the end of {MaxSupportedYear}.");
        }

        return Block(year);
    }

    private LocalDate LocalDateOf(Instant instant, string paramName)
    {
        YearIndexOf(ToNanos(instant), paramName);
        var date = instant.InZone(Zone).Date;
        YearIndexOf(date, paramName);
        return date;
    }

    private int YearIndexOf(long t, string paramName)
    {
        var index = Search.CountAtMost(_yearStarts, t) - 1;
        if ((uint)index >= YearCount)
        {
            throw new ArgumentOutOfRangeException(
                paramName, $"PropertyOps calendars compute from {MinSupportedYear} to {MaxSupportedYear}; {(t is long.MinValue or long.MaxValue ? "the instant" : Invariant.Instant(FromNanos(t)))} is outside that range.");
        }

        return index;
    }

    internal static int YearIndexOf(LocalDate date, string paramName)
    {
        if (date.Year < MinSupportedYear || date.Year > MaxSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName, $"PropertyOps calendars compute from {MinSupportedYear} to {MaxSupportedYear}; {Invariant.Date(date)} is outside that range.");
        }

        return date.Year - MinSupportedYear;
    }

    private YearBlock Block(int yearIndex)
    {
        var block = Volatile.Read(ref _blocks[yearIndex]);
        if (block is null)
        {
            block = BuildBlock(yearIndex);
            block = Interlocked.CompareExchange(ref _blocks[yearIndex], block, null) ?? block;
        }

        return block;
    }

    private YearBlock BuildBlock(int yearIndex)
    {
        var year = MinSupportedYear + yearIndex;
        var floor = _yearStarts[yearIndex];
        var ceiling = _yearStarts[yearIndex + 1];
        var starts = new List<long>(512);
        var ends = new List<long>(512);
        var cumulative = new List<long>(512);
        var workingDays = new List<int>(260);
        var closings = new List<long>(260);
        var previousEnd = floor;
        long total = 0;
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            var spans = SpansOf(date);
            if (spans.Length == 0)
            {
                continue;
            }

            foreach (var span in spans)
            {
                var start = Math.Clamp(Resolve(date, span.StartNanos), previousEnd, ceiling);
                var end = Math.Clamp(Resolve(date, span.EndNanos), start, ceiling);
                if (end > start)
                {
                    total += end - start;
                    starts.Add(start);
                    ends.Add(end);
                    cumulative.Add(total);
                }

                previousEnd = end;
            }

            workingDays.Add(date.DayOfYear);
            closings.Add(previousEnd);
        }

        return new YearBlock(starts.ToArray(), ends.ToArray(), cumulative.ToArray(), workingDays.ToArray(), closings.ToArray());
    }

    // An elapsed allowance ignores the calendar, but its start must still lie in the supported years.
    private Instant AddElapsed(Instant start, Duration duration)
    {
        YearIndexOf(ToNanos(start), nameof(start));
        return start + duration;
    }

    private long Resolve(LocalDate date, long nanosecondOfDay)
    {
        var local = nanosecondOfDay == NodaConstants.NanosecondsPerDay
            ? date.PlusDays(1).AtMidnight()
            : date + LocalTime.FromNanosecondsSinceMidnight(nanosecondOfDay);
        return ToNanos(local.InZoneLeniently(Zone).ToInstant());
    }
}
