using System;
using NodaTime;

namespace PropertyOps.Domain.Cards;

/// <summary>One month's public count (K5): the month and its tally. A year's grade takes twelve of them, one per month (K6).</summary>
public sealed record MonthlyCount
{
    /// <summary>Creates the month's count.</summary>
    /// <param name="month">The month counted (1900–2149).</param>
    /// <param name="tally">Its tally.</param>
    /// <exception cref="ArgumentException">The month is out of range or the tally is null.</exception>
    public MonthlyCount(YearMonth month, CardTally tally)
    {
        Month = month.Year is >= 1900 and <= 2149 && month.Calendar == CalendarSystem.Iso
            ? month
            : throw new ArgumentOutOfRangeException(nameof(month), "Card months lie in the ISO years 1900–2149.");
        Tally = tally ?? throw new ArgumentNullException(nameof(tally));
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>Its tally.</summary>
    public CardTally Tally { get; }
}
