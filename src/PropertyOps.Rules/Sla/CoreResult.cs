using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>One rule's outcome on the hot path; <see cref="SlaEngine.Evaluate(System.Collections.Generic.IReadOnlyList{ComplaintEvent}, SlaPolicy, WorkingCalendar, NodaTime.Instant)"/> turns it into a <see cref="DeadlineResult"/>.</summary>
internal struct CoreResult
{
    public DeadlineStatus Status;
    public bool IsPaused;
    public bool HasDue;
    public bool Stopped;
    public ComplaintEventKind StartKind;
    public NodaTime.Instant Start;
    public NodaTime.Instant Due;
    public NodaTime.Instant Stop;
    public NodaTime.Duration PausedFor;
    public int Cycle;
}
