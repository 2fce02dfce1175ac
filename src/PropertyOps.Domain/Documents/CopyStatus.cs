
namespace PropertyOps.Domain.Documents;

/// <summary>What happened to one distributed copy.</summary>
public enum CopyStatus
{
    /// <summary>In use by its department.</summary>
    InUse = 1,

    /// <summary>Replaced by a reissued copy (D9).</summary>
    Withdrawn = 2,

    /// <summary>Kept on file stamped VOID (D10).</summary>
    KeptVoid = 3,

    /// <summary>Void, waiting to be destroyed (D10).</summary>
    ToDestroy = 4,

    /// <summary>Destroyed (D10).</summary>
    Destroyed = 5,

    /// <summary>Lost, and voided with the general manager's approval when it was replaced (§5.9.2, D9).</summary>
    Lost = 6,

    /// <summary>Sent by mistake and recalled to the office (误发时应立即追回, D5).</summary>
    Recalled = 7,
}
