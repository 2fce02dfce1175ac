namespace PropertyOps.Domain.Accountability;

/// <summary>
/// The sanctions of the regulation, mildest first: a fine (罚金 — first-contact failures are punished mainly by fines,
/// 001 §2.1.1 处罚以罚金为主) and the ladder of 002 篇2 §10 (书面警告、记过、记大过、降级或开除). Rule C11.
/// </summary>
public enum SanctionKind
{
    /// <summary>罚金 — a fine; the sanction records its amount in fen.</summary>
    Fine = 1,

    /// <summary>书面警告 — written warning.</summary>
    WrittenWarning = 2,

    /// <summary>记过 — demerit.</summary>
    Demerit = 3,

    /// <summary>记大过 — major demerit.</summary>
    MajorDemerit = 4,

    /// <summary>降级 — demotion.</summary>
    Demotion = 5,

    /// <summary>开除 — dismissal.</summary>
    Dismissal = 6,
}
