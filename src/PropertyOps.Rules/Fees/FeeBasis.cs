
namespace PropertyOps.Rules.Fees;

/// <summary>Which number set a statement's factor.</summary>
internal enum FeeBasis
{
    OwnRate,
    EstateRate,
    EstateAverageForNonRespondent,
    FixedFactor,
    InFull,
    BelowMinimumResponse,
    Pending,
}
