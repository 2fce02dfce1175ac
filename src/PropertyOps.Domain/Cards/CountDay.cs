using System;
using NodaTime;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// When a month's cards are issued and counted (K3, K5): issued on the 1st; counted in public on "the Saturday of the last
/// week of the month" — read as the last Saturday that falls inside the month (2026-10 counts on Saturday 31 October,
/// 2026-11 on Saturday 28 November).
/// </summary>
public static class CountDay
{
    /// <summary>The public count's date for <paramref name="month"/>: the last Saturday inside the month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside 1900–2149.</exception>
    /// <remarks>Rule K5.</remarks>
    public static LocalDate Of(YearMonth month)
    {
        if (month.Year is < 1900 or > 2149)
        {
            throw new ArgumentOutOfRangeException(nameof(month), "Card months lie in 1900–2149.");
        }

        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        return last.DayOfWeek == IsoDayOfWeek.Saturday ? last : last.Previous(IsoDayOfWeek.Saturday);
    }

    /// <summary>The issue date of <paramref name="month"/>'s cards: the 1st (K3).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The date.</returns>
    public static LocalDate IssueDate(YearMonth month) => month.OnDayOfMonth(1);
}
