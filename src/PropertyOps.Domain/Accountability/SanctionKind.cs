namespace PropertyOps.Domain.Accountability;

/// <summary>The sanctions of the regulation, mildest first (C11: 书面警告、记过、记大过、降级或开除).</summary>
public enum SanctionKind
{
    /// <summary>书面警告 — written warning.</summary>
    WrittenWarning = 1,

    /// <summary>记过 — demerit.</summary>
    Demerit = 2,

    /// <summary>记大过 — major demerit.</summary>
    MajorDemerit = 3,

    /// <summary>降级 — demotion.</summary>
    Demotion = 4,

    /// <summary>开除 — dismissal.</summary>
    Dismissal = 5,
}
