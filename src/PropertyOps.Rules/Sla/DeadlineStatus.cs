namespace PropertyOps.Rules.Sla;

/// <summary>Where a deadline stands at the instant it is evaluated.</summary>
public enum DeadlineStatus
{
    /// <summary>The rule does not apply to this complaint (class, channel, department), or its clock has not started.</summary>
    NotApplicable = 0,

    /// <summary>The clock runs (or is paused) and the due instant is still ahead.</summary>
    Pending = 1,

    /// <summary>Stopped at or before the due instant.</summary>
    MetOnTime = 2,

    /// <summary>Stopped after the due instant.</summary>
    MetLate = 3,

    /// <summary>Still running at or after the due instant.</summary>
    Breached = 4,
}
