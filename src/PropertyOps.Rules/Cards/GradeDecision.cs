namespace PropertyOps.Rules.Cards;

/// <summary>What a year of cards decides for the owners' committee or the property company (K7).</summary>
public enum GradeDecision
{
    /// <summary>奖励 — reward.</summary>
    Reward = 1,

    /// <summary>升级 — upgrade.</summary>
    Upgrade = 2,

    /// <summary>维持 — keep the grade.</summary>
    Keep = 3,

    /// <summary>降级 — downgrade.</summary>
    Downgrade = 4,

    /// <summary>处罚 — penalty.</summary>
    Penalty = 5,

    /// <summary>投票不足 — too few households voted to grade (turnout below the policy's minimum): neither reward nor penalty.</summary>
    Insufficient = 6,
}
