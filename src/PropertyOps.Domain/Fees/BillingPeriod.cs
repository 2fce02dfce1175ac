using System;
using System.Collections.Immutable;
using NodaTime;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// The days a bill covers (F3): whole months (a month, a quarter, a half-year, a year, or any run of months) or an
/// explicit date range; both ends inclusive, ISO calendar, years 1900–2149.
/// </summary>
/// <remarks>A partial month is pro-rated by its days: a month's fee × days billed ÷ days in that month (docs/rules.md, F3).</remarks>
public readonly record struct BillingPeriod
{
    /// <summary>The longest run of months accepted (100 years).</summary>
    public const int MaxMonths = 1200;

    private BillingPeriod(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day billed.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day billed.</summary>
    public LocalDate End { get; }

    /// <summary>Whether the period starts on a month's first day and ends on a month's last day.</summary>
    public bool IsWholeMonths => Start.Day == 1 && End.PlusDays(1).Day == 1;

    /// <summary>The number of months billed, partial months as days ÷ days in the month (e.g. 16–30 September = 0.5).</summary>
    public decimal LengthInMonths
    {
        get
        {
            decimal months = 0;
            foreach (var quarter in Quarters)
            {
                months += Within(quarter).Months;
            }

            return months;
        }
    }

    /// <summary>The survey quarters the period overlaps, earliest first.</summary>
    public ImmutableArray<Quarter> Quarters
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<Quarter>();
            for (var q = Quarter.Of(Start); q.Start <= End; q = q.Next())
            {
                builder.Add(q);
                if (q.Year == 2149 && q.Number == 4)
                {
                    break;
                }
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>One calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the years 1900–2149 or not ISO.</exception>
    public static BillingPeriod Month(YearMonth month) => Months(month, 1);

    /// <summary>One survey quarter.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is outside the years 1900–2149.</exception>
    public static BillingPeriod OfQuarter(Quarter quarter) => Create(quarter.Start, quarter.End, nameof(quarter));

    /// <summary>One half-year: January–June (1) or July–December (2).</summary>
    /// <param name="year">The year, 1900–2149.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half is out of range.</exception>
    public static BillingPeriod HalfYear(int year, int half)
    {
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 (January–June) or 2 (July–December).");
        }

        return Months(new YearMonth(CheckYear(year), half == 1 ? 1 : 7), 6);
    }

    /// <summary>One calendar year.</summary>
    /// <param name="year">The year, 1900–2149.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static BillingPeriod Year(int year) => Months(new YearMonth(CheckYear(year), 1), 12);

    /// <summary>A run of whole months.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="months">How many months, 1–<see cref="MaxMonths"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Zero or negative months, too many, or a month outside the years 1900–2149.</exception>
    public static BillingPeriod Months(YearMonth first, int months)
    {
        if (months is < 1 or > MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"A billing period covers 1–{MaxMonths} months.");
        }

        if (first.Calendar != CalendarSystem.Iso || first.Year is < 1900 or > 2149)
        {
            throw new ArgumentOutOfRangeException(nameof(first), "Billing periods lie in the ISO years 1900–2149.");
        }

        var start = first.OnDayOfMonth(1);
        return Create(start, start.PlusMonths(months).PlusDays(-1), nameof(months));
    }

    /// <summary>An explicit date range, both ends inclusive (e.g. a handover on 16 September to 31 December).</summary>
    /// <param name="first">The first day billed.</param>
    /// <param name="last">The last day billed, not before <paramref name="first"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or lies outside the ISO years 1900–2149.</exception>
    public static BillingPeriod Range(LocalDate first, LocalDate last)
    {
        if (last < first && first.Calendar == last.Calendar)
        {
            throw new ArgumentException("The billing period ends before it starts.", nameof(last));
        }

        return Create(first, last, nameof(first));
    }

    /// <summary>Whether a day lies in the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when it lies between <see cref="Start"/> and <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The part of the period inside a quarter, with its whole months and partial-month days.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>The part; <see cref="Proration.IsEmpty"/> when the period does not reach into the quarter.</returns>
    public Proration Within(Quarter quarter) => Proration.Of(Max(Start, quarter.Start), Min(End, quarter.End));

    /// <summary>E.g. <c>2026-01-01..2026-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}";

    internal static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    internal static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static int CheckYear(int year) => year is < 1900 or > 2149
        ? throw new ArgumentOutOfRangeException(nameof(year), year, "Billing periods lie in the years 1900–2149.")
        : year;

    private static BillingPeriod Create(LocalDate start, LocalDate end, string name)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso || start.Year < 1900 || end.Year > 2149)
        {
            throw new ArgumentOutOfRangeException(name, "Billing periods lie in the ISO years 1900–2149.");
        }

        return new BillingPeriod(start, end);
    }
}
