using System;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// A time allowance from the regulations — "within 24 hours", "within 2 working days", "before the end of the
/// working day" — turned into a due instant by <see cref="WorkingCalendar.Due"/>.
/// </summary>
public readonly struct Allowance : IEquatable<Allowance>
{
    private Allowance(AllowanceKind kind, Duration duration, int days)
    {
        Kind = kind;
        Duration = duration;
        Days = days;
    }

    /// <summary>How the allowance is measured.</summary>
    public AllowanceKind Kind { get; }

    /// <summary>The duration, for <see cref="AllowanceKind.Elapsed"/> and <see cref="AllowanceKind.WorkingTime"/>; otherwise zero.</summary>
    public Duration Duration { get; }

    /// <summary>The number of working days, for <see cref="AllowanceKind.WorkingDays"/>; otherwise zero.</summary>
    public int Days { get; }

    /// <summary>End of the working day (当天下班之前, rule C18).</summary>
    public static Allowance EndOfWorkingDay { get; } = new(AllowanceKind.EndOfWorkingDay, Duration.Zero, 0);

    /// <summary>An elapsed-time allowance: due = start + <paramref name="duration"/>, whatever the calendar.</summary>
    /// <param name="duration">The duration, at least zero.</param>
    /// <returns>The allowance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative or above <see cref="WorkingCalendar.MaxAllowance"/>.</exception>
    public static Allowance Elapsed(Duration duration) => new(AllowanceKind.Elapsed, CheckDuration(duration), 0);

    /// <summary>A working-time allowance: only time inside working spans counts.</summary>
    /// <param name="duration">The working time, at least zero.</param>
    /// <returns>The allowance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative or above <see cref="WorkingCalendar.MaxAllowance"/>.</exception>
    public static Allowance WorkingTime(Duration duration) => new(AllowanceKind.WorkingTime, CheckDuration(duration), 0);

    /// <summary>A working-days allowance: close of business of the N-th working day strictly after the start's date.</summary>
    /// <param name="days">The number of working days, at least 1.</param>
    /// <returns>The allowance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1 or above <see cref="WorkingCalendar.MaxWorkingDays"/>.</exception>
    public static Allowance WorkingDays(int days) =>
        new(AllowanceKind.WorkingDays, Duration.Zero, Guard.Against.OutOfRange(days, nameof(days), 1, WorkingCalendar.MaxWorkingDays));

    /// <summary>Whether this allowance is no longer than <paramref name="other"/> of the same kind on every calendar.</summary>
    /// <param name="other">The allowance to compare with.</param>
    /// <returns><see langword="true"/> when both have the same kind and this one is not longer.</returns>
    public bool IsNoLongerThan(Allowance other) =>
        Kind == other.Kind && Duration <= other.Duration && Days <= other.Days;

    /// <inheritdoc />
    public bool Equals(Allowance other) => Kind == other.Kind && Duration == other.Duration && Days == other.Days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Allowance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Duration, Days);

    /// <summary>A short English description, e.g. <c>24 h elapsed</c>, <c>2 h working time</c>, <c>2 working days</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        AllowanceKind.Elapsed => $"{Describe(Duration)} elapsed",
        AllowanceKind.WorkingTime => $"{Describe(Duration)} working time",
        AllowanceKind.WorkingDays => Days == 1 ? "1 working day" : $"{Days} working days",
        AllowanceKind.EndOfWorkingDay => "end of working day",
        _ => "none",
    };

    /// <summary>A short Chinese description, e.g. <c>24 小时</c>, <c>2 个工作日</c>, <c>当天下班前</c>.</summary>
    /// <returns>The description.</returns>
    public string ToChineseString() => Kind switch
    {
        AllowanceKind.Elapsed => DescribeChinese(Duration),
        AllowanceKind.WorkingTime => $"{DescribeChinese(Duration)}（工作时间）",
        AllowanceKind.WorkingDays => $"{Days} 个工作日",
        AllowanceKind.EndOfWorkingDay => "当天下班前",
        _ => "无",
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Allowance left, Allowance right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Allowance left, Allowance right) => !left.Equals(right);

    /// <summary>The one range check for allowance durations: zero to <see cref="WorkingCalendar.MaxAllowance"/>.</summary>
    internal static Duration CheckDuration(Duration duration, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(duration))] string? name = null)
    {
        if (duration < Duration.Zero || duration > WorkingCalendar.MaxAllowance)
        {
            throw new ArgumentOutOfRangeException(name, $"An allowance must be between zero and {WorkingCalendar.MaxAllowance.Days} days; {Invariant.Duration(duration)} is not.");
        }

        return duration;
    }

    private static string Describe(Duration d) => Format(d, "min", "h");

    private static string DescribeChinese(Duration d) => Format(d, " 分钟", " 小时");

    private static string Format(Duration d, string minutes, string hours)
    {
        if (d.BclCompatibleTicks % NodaConstants.TicksPerMinute != 0)
        {
            return Invariant.Duration(d);
        }

        var total = (long)d.TotalMinutes;
        return total < 60 || total % 60 != 0 ? $"{total}{Space(minutes)}" : $"{total / 60}{Space(hours)}";
    }

    private static string Space(string unit) => unit.StartsWith(' ') ? unit : " " + unit;
}
