namespace PropertyOps.Domain.Documents;

/// <summary>Why a legal hold is placed (D11).</summary>
public enum HoldReason
{
    /// <summary>诉讼 — litigation.</summary>
    Litigation = 1,

    /// <summary>调查 — an investigation.</summary>
    Investigation = 2,
}
