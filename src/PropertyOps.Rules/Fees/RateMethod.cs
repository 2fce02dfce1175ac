namespace PropertyOps.Rules.Fees;

/// <summary>How an owner's item scores become a satisfaction rate (F3).</summary>
public enum RateMethod
{
    /// <summary>The weighted mean of the scores, each normalised to 0–1 on its scale.</summary>
    WeightedMean = 1,

    /// <summary>The weighted share of items scored "satisfied or better" (at or above the scale's satisfied score).</summary>
    ShareSatisfied = 2,
}
