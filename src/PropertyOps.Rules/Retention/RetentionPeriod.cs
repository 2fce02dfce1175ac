using System;
using System.Globalization;

namespace PropertyOps.Rules.Retention;

/// <summary>存放时间 — how long a record is kept (D11): a number of years, or permanently (长期).</summary>
public readonly record struct RetentionPeriod
{
    private RetentionPeriod(int years) => Years = years;

    /// <summary>The years kept; 0 for <see cref="Permanent"/>.</summary>
    public int Years { get; }

    /// <summary>Whether the record is kept permanently (长期).</summary>
    public bool IsPermanent => Years == 0;

    /// <summary>Kept permanently (长期).</summary>
    public static RetentionPeriod Permanent => default;

    /// <summary>Kept for some years.</summary>
    /// <param name="years">1–100.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of range.</exception>
    public static RetentionPeriod OfYears(int years) => years is >= 1 and <= 100
        ? new RetentionPeriod(years)
        : throw new ArgumentOutOfRangeException(nameof(years), years, "A retention period is 1–100 years, or permanent.");

    /// <summary>E.g. <c>1 year</c>, <c>permanent (长期)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsPermanent ? "permanent (长期)" : Years == 1 ? "1 year" : $"{Years.ToString(CultureInfo.InvariantCulture)} years";
}
