using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace PropertyOps.Domain.Fees;

/// <summary>A calendar quarter (季度), e.g. 2026 Q3: the service period of pay-by-satisfaction billing (F1, F2).</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="number">The quarter, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public Quarter(int year, int number)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2149);
        Guard.Against.OutOfRange(number, nameof(number), 1, 4);
        Year = year;
        Number = number;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The quarter number, 1 to 4.</summary>
    public int Number { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start => new(Year, (Number * 3) - 2, 1);

    /// <summary>The last day.</summary>
    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    /// <summary>The number of months (always 3).</summary>
    public static int Months => 3;

    /// <summary>The quarter a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The quarter.</returns>
    public static Quarter Of(LocalDate date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The next quarter.</summary>
    /// <returns>The quarter after this one.</returns>
    public Quarter Next() => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    /// <summary>
    /// The days the scoring forms go out (F2: 每个季度前5天): the first <paramref name="days"/> calendar days of the quarter.
    /// </summary>
    /// <param name="days">The window's length in days (5 by the regulation).</param>
    /// <returns>The dates, inclusive.</returns>
    public DateInterval HandOutWindow(int days = 5) => new(Start, Start.PlusDays(CheckDays(days) - 1));

    /// <summary>The days the survey is collected (F2: 每季度后5天): the last <paramref name="days"/> calendar days of the quarter.</summary>
    /// <param name="days">The window's length in days (5 by the regulation).</param>
    /// <returns>The dates, inclusive.</returns>
    public DateInterval CollectionWindow(int days = 5) => new(End.PlusDays(-(CheckDays(days) - 1)), End);

    /// <summary>The quarter's instants in a zone: from the first day's start to the next quarter's start.</summary>
    /// <param name="zone">The estate's zone.</param>
    /// <returns>The interval.</returns>
    public Interval ToInterval(DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        // The next quarter's first day directly: Quarter(2149, 4) has no successor inside the supported years.
        return new Interval(zone.AtStartOfDay(Start).ToInstant(), zone.AtStartOfDay(Start.PlusMonths(3)).ToInstant());
    }

    /// <inheritdoc />
    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    /// <summary>E.g. <c>2026Q3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}Q{Number}";

    private static int CheckDays(int days)
    {
        Guard.Against.OutOfRange(days, nameof(days), 1, 31);
        return days;
    }
}
