namespace PropertyOps.Domain.Accountability;

/// <summary>The rewards of the regulation (C11: 嘉奖、记小功、记大功或颁发奖金).</summary>
public enum RewardKind
{
    /// <summary>嘉奖 — commendation.</summary>
    Commendation = 1,

    /// <summary>记小功 — minor merit.</summary>
    MinorMerit = 2,

    /// <summary>记大功 — major merit.</summary>
    MajorMerit = 3,

    /// <summary>颁发奖金 — bonus.</summary>
    Bonus = 4,
}
