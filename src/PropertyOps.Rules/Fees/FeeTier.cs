namespace PropertyOps.Rules.Fees;

/// <summary>A band of satisfaction rates [From, To) and the fee factor it sets; the top band includes 100 %.</summary>
/// <param name="From">The lowest rate of the band, 0–1, inclusive.</param>
/// <param name="To">The rate the band ends at, 0–1, exclusive (inclusive for the band ending at 1).</param>
/// <param name="Factor">The share of the base fee payable, 0–1.</param>
public readonly record struct FeeTier(decimal From, decimal To, decimal Factor)
{
    /// <summary>E.g. <c>80%–90% → 95%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FeeText.Pct(From)}–{FeeText.Pct(To)} → {FeeText.Pct(Factor)}";
}
