namespace PropertyOps.Rules.Sla;

/// <summary>Where a deadline stands at the instant it is evaluated.</summary>
public enum DeadlineStatus
{
    /// <summary>The rule does not apply to this complaint (class, channel, department), or its clock has not started.</summary>
    NotApplicable = 0,

    /// <summary>The clock runs (or is paused) and the due instant is still ahead (or is now).</summary>
    Pending = 1,

    /// <summary>Stopped at or before the due instant.</summary>
    MetOnTime = 2,

    /// <summary>Stopped after the due instant.</summary>
    MetLate = 3,

    /// <summary>Still running after the due instant (a duty done exactly at its due instant is on time).</summary>
    Breached = 4,

    /// <summary>
    /// A conditional duty (<see cref="DutyCondition"/>) past its due instant while its condition is still undecided: the
    /// matter is unfinished and nobody has recorded whether the duty is owed. Chased, but not counted as a breach; it
    /// becomes a breach (or a late stop) if the condition comes to hold, and not applicable if it lapses.
    /// </summary>
    AtRisk = 5,
}
