using System;
using System.Globalization;

namespace PropertyOps.Domain.Fees;

/// <summary>服务满意率 — a service satisfaction rate between 0 and 100 % (F3), held exactly as a fraction 0–1.</summary>
public readonly record struct SatisfactionRate : IComparable<SatisfactionRate>
{
    /// <summary>Creates a rate from a fraction.</summary>
    /// <param name="fraction">The rate, 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside 0–1.</exception>
    public SatisfactionRate(decimal fraction)
    {
        if (fraction < 0 || fraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A satisfaction rate lies between 0 and 1 (0–100 %).");
        }

        Fraction = fraction;
    }

    /// <summary>The rate as a fraction, 0–1.</summary>
    public decimal Fraction { get; }

    /// <summary>The rate in percent, 0–100.</summary>
    public decimal Percent => Fraction * 100;

    /// <summary>A rate from a percentage.</summary>
    /// <param name="percent">0 to 100.</param>
    /// <returns>The rate.</returns>
    public static SatisfactionRate FromPercent(decimal percent) => new(percent / 100);

    /// <inheritdoc />
    public int CompareTo(SatisfactionRate other) => Fraction.CompareTo(other.Fraction);

    /// <summary>Comparison.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is lower.</returns>
    public static bool operator <(SatisfactionRate left, SatisfactionRate right) => left.Fraction < right.Fraction;

    /// <summary>Comparison.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is higher.</returns>
    public static bool operator >(SatisfactionRate left, SatisfactionRate right) => left.Fraction > right.Fraction;

    /// <summary>Comparison.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is lower or equal.</returns>
    public static bool operator <=(SatisfactionRate left, SatisfactionRate right) => left.Fraction <= right.Fraction;

    /// <summary>Comparison.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is higher or equal.</returns>
    public static bool operator >=(SatisfactionRate left, SatisfactionRate right) => left.Fraction >= right.Fraction;

    /// <summary>The percentage with two decimals, e.g. <c>86.25%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Math.Round(Percent, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
