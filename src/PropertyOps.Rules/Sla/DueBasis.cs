namespace PropertyOps.Rules.Sla;

/// <summary>Where a deadline's due instant comes from.</summary>
public enum DueBasis
{
    /// <summary>The rule's allowance, counted from the start event on the working calendar.</summary>
    Allowance = 1,

    /// <summary>
    /// The appointment a repair order records (预约维修时间, C20), or the latest rescheduled one: a wait on the owner does not
    /// move it; a new appointment does.
    /// </summary>
    Appointment = 2,

    /// <summary>
    /// The handling deadline set at assessment (C3) — in a reopened complaint, the cycle's re-assessment, else the previous
    /// cycle's — or the later time promised in a delay report of the same cycle (C5).
    /// </summary>
    HandlingDeadline = 3,
}
