using System.Globalization;
using NodaTime;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// The days billed inside one survey quarter, as whole months plus at most two partial months (the first and the last);
/// a partial month counts its days ÷ the days in that month (F3).
/// </summary>
public readonly record struct Proration
{
    private Proration(LocalDate first, LocalDate last, int wholeMonths, int firstDays, int firstMonthDays, int lastDays, int lastMonthDays)
    {
        First = first;
        Last = last;
        WholeMonths = wholeMonths;
        FirstDays = firstDays;
        FirstMonthDays = firstMonthDays;
        LastDays = lastDays;
        LastMonthDays = lastMonthDays;
    }

    /// <summary>The first day billed.</summary>
    public LocalDate First { get; }

    /// <summary>The last day billed.</summary>
    public LocalDate Last { get; }

    /// <summary>Whether no day is billed.</summary>
    public bool IsEmpty => WholeMonths == 0 && FirstDays == 0 && LastDays == 0;

    /// <summary>The whole calendar months billed.</summary>
    public int WholeMonths { get; }

    /// <summary>The days billed in the first, partial month (0 when none).</summary>
    public int FirstDays { get; }

    /// <summary>The days of that first month.</summary>
    public int FirstMonthDays { get; }

    /// <summary>The days billed in the last, partial month (0 when none).</summary>
    public int LastDays { get; }

    /// <summary>The days of that last month.</summary>
    public int LastMonthDays { get; }

    /// <summary>Whether every month is whole.</summary>
    public bool IsWholeMonths => FirstDays == 0 && LastDays == 0;

    /// <summary>The months billed, e.g. 2.5 (partial months as days ÷ days in the month, to 28 significant digits).</summary>
    public decimal Months => WholeMonths + (FirstDays == 0 ? 0 : (decimal)FirstDays / FirstMonthDays) + (LastDays == 0 ? 0 : (decimal)LastDays / LastMonthDays);

    /// <summary>
    /// A monthly amount over these days, unrounded: amount × whole months + amount × days ÷ days in the month for each
    /// partial month (multiplied before dividing, so 31.00 × 15 ÷ 31 is exactly 15.00).
    /// </summary>
    /// <param name="monthly">The amount for one month.</param>
    /// <returns>The amount.</returns>
    public decimal Apply(decimal monthly)
    {
        var amount = monthly * WholeMonths;
        if (FirstDays != 0)
        {
            amount += monthly * FirstDays / FirstMonthDays;
        }

        if (LastDays != 0)
        {
            amount += monthly * LastDays / LastMonthDays;
        }

        return amount;
    }

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/> inclusive; empty when <paramref name="last"/> is before <paramref name="first"/>.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>The proration.</returns>
    public static Proration Of(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            return new Proration(first, last, 0, 0, 0, 0, 0);
        }

        var firstMonthDays = CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month);
        if (first.Year == last.Year && first.Month == last.Month)
        {
            var days = last.Day - first.Day + 1;
            return days == firstMonthDays
                ? new Proration(first, last, 1, 0, 0, 0, 0)
                : new Proration(first, last, 0, days, firstMonthDays, 0, 0);
        }

        var lastMonthDays = CalendarSystem.Iso.GetDaysInMonth(last.Year, last.Month);
        var headDays = first.Day == 1 ? 0 : firstMonthDays - first.Day + 1;
        var tailDays = last.Day == lastMonthDays ? 0 : last.Day;
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1 - (headDays == 0 ? 0 : 1) - (tailDays == 0 ? 0 : 1);
        return new Proration(first, last, months, headDays, headDays == 0 ? 0 : firstMonthDays, tailDays, tailDays == 0 ? 0 : lastMonthDays);
    }

    /// <summary>E.g. <c>2026-09-16..2026-09-30 (15/30 of a month)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "no days";
        }

        var parts = new System.Collections.Generic.List<string>();
        if (FirstDays != 0)
        {
            parts.Add($"{FirstDays}/{FirstMonthDays}");
        }

        if (WholeMonths != 0)
        {
            parts.Add(WholeMonths.ToString(CultureInfo.InvariantCulture));
        }

        if (LastDays != 0)
        {
            parts.Add($"{LastDays}/{LastMonthDays}");
        }

        return $"{First:uuuu-MM-dd}..{Last:uuuu-MM-dd} ({string.Join(" + ", parts)} months)";
    }
}
