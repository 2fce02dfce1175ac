namespace PropertyOps.Domain.Documents;

/// <summary>Why a copy is reissued (D9).</summary>
public enum ReissueReason
{
    /// <summary>破损 — damaged: the damaged copy is returned.</summary>
    Damaged = 1,

    /// <summary>丢失 — lost.</summary>
    Lost = 2,
}
