namespace PropertyOps.Rules.Fees;

/// <summary>What an owner who returned no survey pays.</summary>
public enum NonRespondentRule
{
    /// <summary>The full base fee (factor 100 %).</summary>
    PayInFull = 1,

    /// <summary>The factor of the estate's average rate over the owners who did respond (in full when none did).</summary>
    EstateAverage = 2,

    /// <summary>A fixed factor set in the schedule.</summary>
    FixedFactor = 3,
}
