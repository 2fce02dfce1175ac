using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// How a satisfaction rate sets the fee factor (F3): by tiers (e.g. ≥ 90 % → 100 %, 80–90 % → 95 % …) or by linear
/// interpolation from a floor up to 100 %. Factors never decrease as the rate rises.
/// </summary>
public sealed class FeeFactors
{
    private FeeFactors(ImmutableArray<FeeTier> tiers, decimal floorRate, decimal floorFactor, decimal fullRate = 1m)
    {
        Tiers = tiers;
        FloorRate = floorRate;
        FloorFactor = floorFactor;
        FullRate = fullRate;
    }

    /// <summary>For linear interpolation: the rate (the knee) at and above which the full fee is paid; 100 % unless set.</summary>
    public decimal FullRate { get; }

    /// <summary>The tiers, lowest first; empty for linear interpolation.</summary>
    public ImmutableArray<FeeTier> Tiers { get; }

    /// <summary>For linear interpolation: the rate at and below which the factor is <see cref="FloorFactor"/>.</summary>
    public decimal FloorRate { get; }

    /// <summary>For linear interpolation: the factor at <see cref="FloorRate"/>.</summary>
    public decimal FloorFactor { get; }

    /// <summary>Whether the factors are tiers (otherwise linear).</summary>
    public bool IsTiered => !Tiers.IsEmpty;

    /// <summary>Tiers that cover 0–100 % without gaps or overlaps, with factors that do not decrease as the rate rises.</summary>
    /// <param name="tiers">The tiers, in any order.</param>
    /// <returns>The factors.</returns>
    /// <exception cref="ArgumentException">The tiers overlap, leave a gap, do not cover 0–100 %, have a factor outside 0–100 %,
    /// or a higher band pays less; the message names the tier.</exception>
    public static FeeFactors Tiered(params FeeTier[] tiers)
    {
        Guard.Against.Null(tiers);
        var sorted = tiers.OrderBy(t => t.From).ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("At least one tier is needed.", nameof(tiers));
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            var tier = sorted[i];
            if (tier.From >= tier.To || tier.From < 0 || tier.To > 1)
            {
                throw new ArgumentException($"The tier {tier} is not a band within 0–100%.", nameof(tiers));
            }

            if (tier.Factor < 0 || tier.Factor > 1)
            {
                throw new ArgumentException($"The tier {tier} has a factor outside 0–100%.", nameof(tiers));
            }

            if (i == 0 && tier.From != 0)
            {
                throw new ArgumentException($"The tiers leave a gap: nothing covers rates below {FeeText.Pct(tier.From)} (tier {tier}).", nameof(tiers));
            }

            if (i > 0)
            {
                var previous = sorted[i - 1];
                if (tier.From < previous.To)
                {
                    throw new ArgumentException($"The tiers {previous} and {tier} overlap.", nameof(tiers));
                }

                if (tier.From > previous.To)
                {
                    throw new ArgumentException($"The tiers leave a gap between {previous} and {tier}.", nameof(tiers));
                }

                if (tier.Factor < previous.Factor)
                {
                    throw new ArgumentException($"The tier {tier} pays less than the lower tier {previous}; a higher rate must never cost more.", nameof(tiers));
                }
            }
        }

        if (sorted[^1].To != 1)
        {
            throw new ArgumentException($"The tiers leave a gap: nothing covers rates from {FeeText.Pct(sorted[^1].To)} to 100% (tier {sorted[^1]}).", nameof(tiers));
        }

        return new FeeFactors(sorted, 0, 0);
    }

    /// <summary>
    /// Linear interpolation: <paramref name="floorFactor"/> at and below <paramref name="floorRate"/>, rising in a straight line
    /// to 100 % at a rate of 100 %.
    /// </summary>
    /// <param name="floorRate">The rate where the line starts, 0 to below 1.</param>
    /// <param name="floorFactor">The factor there, 0–1.</param>
    /// <returns>The factors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static FeeFactors Linear(decimal floorRate, decimal floorFactor) => Linear(floorRate, floorFactor, 1m);

    /// <summary>
    /// Linear interpolation with a knee: <paramref name="floorFactor"/> at and below <paramref name="floorRate"/>, rising in a
    /// straight line to 100 % at <paramref name="fullRate"/> and above (e.g. 70 % at or below 60 %, full fee at 90 %).
    /// </summary>
    /// <param name="floorRate">The rate where the line starts, 0 to below <paramref name="fullRate"/>.</param>
    /// <param name="floorFactor">The factor there, 0–1.</param>
    /// <param name="fullRate">The knee: the rate from which the full fee is paid, above <paramref name="floorRate"/>, at most 1.</param>
    /// <returns>The factors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the knee is at or below the floor rate.</exception>
    public static FeeFactors Linear(decimal floorRate, decimal floorFactor, decimal fullRate)
    {
        if (fullRate <= 0 || fullRate > 1 || fullRate <= floorRate)
        {
            throw new ArgumentOutOfRangeException(nameof(fullRate), FeeText.Pct(fullRate), "The knee (full-fee rate) lies above the floor rate and at most at 100%.");
        }

        if (floorRate < 0 || floorRate >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(floorRate), floorRate, "The floor rate lies in [0, 1).");
        }

        if (floorFactor < 0 || floorFactor > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(floorFactor), floorFactor, "The floor factor lies in [0, 1].");
        }

        return new FeeFactors([], floorRate, floorFactor, fullRate);
    }

    /// <summary>The factor for a rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The factor, 0–1.</returns>
    public decimal FactorFor(SatisfactionRate rate) => IsTiered ? TierFor(rate).Factor
        : rate.Fraction <= FloorRate ? FloorFactor
        : rate.Fraction >= FullRate ? 1m
        : FloorFactor + ((1 - FloorFactor) * (rate.Fraction - FloorRate) / (FullRate - FloorRate));

    /// <summary>The tier a rate falls in (tiered factors only).</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="InvalidOperationException">The factors are linear.</exception>
    public FeeTier TierFor(SatisfactionRate rate)
    {
        if (!IsTiered)
        {
            throw new InvalidOperationException("Linear factors have no tiers.");
        }

        foreach (var tier in Tiers)
        {
            if (rate.Fraction < tier.To)
            {
                return tier;
            }
        }

        return Tiers[^1];
    }

    /// <summary>The lowest factor any rate can give.</summary>
    public decimal LowestFactor => IsTiered ? Tiers.Min(t => t.Factor) : FloorFactor;

    /// <summary>The tiers, or the line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsTiered ? string.Join("; ", Tiers) : $"linear from {FeeText.Pct(FloorFactor)} at {FeeText.Pct(FloorRate)} to 100% at {FeeText.Pct(FullRate)}";

    internal IEnumerable<decimal> Factors => IsTiered ? Tiers.Select(t => t.Factor) : [FloorFactor, 1m];
}
