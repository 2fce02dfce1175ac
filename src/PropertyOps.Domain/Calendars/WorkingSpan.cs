using System;
using NodaTime;
using NodaTime.Text;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// One span of working hours within a day, <c>[Start, End)</c> in local time, e.g. 09:00–12:00.
/// </summary>
/// <remarks>
/// <para>An end of <see cref="LocalTime.Midnight"/> means the end of the day (24:00), so a service
/// centre that runs around the clock is <c>new WorkingSpan(LocalTime.Midnight, LocalTime.Midnight)</c>.</para>
/// <para>The default value is an empty span and is refused by <see cref="WorkingCalendarBuilder"/>.</para>
/// </remarks>
public readonly struct WorkingSpan : IEquatable<WorkingSpan>
{
    private readonly long _startNanos;
    private readonly long _endNanos;

    /// <summary>Creates a span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">The local time the span opens.</param>
    /// <param name="end">The local time the span closes; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public WorkingSpan(LocalTime start, LocalTime end)
    {
        _startNanos = start.NanosecondOfDay;
        _endNanos = end == LocalTime.Midnight ? NodaConstants.NanosecondsPerDay : end.NanosecondOfDay;
        if (_endNanos <= _startNanos)
        {
            throw new ArgumentException(
                $"A working span must end after it starts; {Format(start)}–{Format(end)} does not.", nameof(end));
        }
    }

    /// <summary>The local time the span opens (inclusive).</summary>
    public LocalTime Start => LocalTime.FromNanosecondsSinceMidnight(_startNanos);

    /// <summary>The local time the span closes (exclusive); <see cref="LocalTime.Midnight"/> when it runs to 24:00.</summary>
    public LocalTime End => _endNanos == NodaConstants.NanosecondsPerDay ? LocalTime.Midnight : LocalTime.FromNanosecondsSinceMidnight(_endNanos);

    /// <summary>Whether the span runs to the end of the day (24:00).</summary>
    public bool EndsAtMidnight => _endNanos == NodaConstants.NanosecondsPerDay;

    /// <summary>The nominal length of the span (ignoring any daylight-saving change on a given date).</summary>
    public Duration Length => Duration.FromNanoseconds(_endNanos - _startNanos);

    /// <summary>Whether this is the empty default value.</summary>
    public bool IsEmpty => _endNanos <= _startNanos;

    internal long StartNanos => _startNanos;

    internal long EndNanos => _endNanos;

    /// <summary>Parses a span written as <c>HH:mm-HH:mm</c> (an en dash or a hyphen; <c>24:00</c> is accepted as an end).</summary>
    /// <param name="text">The text to parse, e.g. <c>"13:30-18:00"</c>.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentException">The text is not a valid span.</exception>
    public static WorkingSpan Parse(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        var parts = text.Split('-', '–');
        if (parts.Length != 2)
        {
            throw new ArgumentException($"'{PropertyOps.Domain.Common.Redaction.Excerpt(text)}' is not a working span like 09:00-12:00.", nameof(text));
        }

        var start = ParseTime(parts[0].Trim(), text);
        var endText = parts[1].Trim();
        var end = endText == "24:00" ? LocalTime.Midnight : ParseTime(endText, text);
        return new WorkingSpan(start, end);
    }

    /// <summary>Whether the spans share any instant of the day.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(WorkingSpan other) => _startNanos < other._endNanos && other._startNanos < _endNanos;

    /// <inheritdoc />
    public bool Equals(WorkingSpan other) => _startNanos == other._startNanos && _endNanos == other._endNanos;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkingSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_startNanos, _endNanos);

    /// <summary>Formats the span as <c>09:00–12:00</c> (24:00 for a span that runs to midnight).</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() =>
        $"{Format(Start)}–{(EndsAtMidnight ? "24:00" : Format(End))}";

    /// <summary>Equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WorkingSpan left, WorkingSpan right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WorkingSpan left, WorkingSpan right) => !left.Equals(right);

    private static string Format(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0
            ? LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time)
            : LocalTimePattern.ExtendedIso.Format(time);

    private static LocalTime ParseTime(string value, string whole)
    {
        var result = LocalTimePattern.CreateWithInvariantCulture("H:mm").Parse(value);
        if (!result.Success)
        {
            throw new ArgumentException($"'{PropertyOps.Domain.Common.Redaction.Excerpt(whole)}' is not a working span like 09:00-12:00.", "text");
        }

        return result.Value;
    }
}
