
namespace PropertyOps.Rules.Fees;

/// <summary>What a fee item's price is per.</summary>
public enum FeePricing
{
    /// <summary>Per m² of the premises per month.</summary>
    PerSquareMetre = 1,

    /// <summary>Per premises per month (e.g. a parking space).</summary>
    PerUnit = 2,
}
