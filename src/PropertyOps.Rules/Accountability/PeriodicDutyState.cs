namespace PropertyOps.Rules.Accountability;

/// <summary>Where a periodic duty stands for a period.</summary>
public enum PeriodicDutyState
{
    /// <summary>Held often enough (and not more than allowed).</summary>
    Met = 1,

    /// <summary>Not yet held often enough; the period has not ended.</summary>
    Pending = 2,

    /// <summary>The period ended without it being held often enough.</summary>
    Overdue = 3,

    /// <summary>Held more often than the regulation says (e.g. a third home visit when it says 1–2): noted, not a breach.</summary>
    MoreThanRequired = 4,
}
