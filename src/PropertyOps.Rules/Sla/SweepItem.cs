using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// One deadline found by a sweep: which complaint (its number and position in the swept list), which rule, its status,
/// due instant, escalation target and handling cycle. Small on purpose (32 bytes) — a sweep over millions of complaints
/// allocates only these; call
/// <see cref="SlaEngine.Evaluate(System.Collections.Generic.IReadOnlyList{ComplaintEvent}, SlaPolicy, Domain.Calendars.WorkingCalendar, Instant)"/>
/// on the complaint for the full picture.
/// </summary>
public readonly record struct SweepItem
{
    // The due instant as nanoseconds since the Unix epoch (the supported years fit a long) and the small values packed,
    // so that an item takes 32 bytes instead of 48.
    private readonly long _dueNanoseconds;
    private readonly int _index;
    private readonly byte _status;
    private readonly byte _escalateTo;
    private readonly ushort _cycle;

    /// <summary>Creates an item.</summary>
    /// <param name="complaintId">The complaint's number.</param>
    /// <param name="index">The complaint's position in the swept list.</param>
    /// <param name="rule">The rule's id.</param>
    /// <param name="status">Breached, at risk, or pending and due within the horizon.</param>
    /// <param name="dueAt">When it is (was) due.</param>
    /// <param name="escalateTo">Whom to tell.</param>
    /// <param name="cycle">The handling cycle the deadline belongs to (1 unless the complaint was reopened).</param>
    public SweepItem(ComplaintId complaintId, int index, RuleId rule, DeadlineStatus status, Instant dueAt, EscalationTarget escalateTo, int cycle = 1)
    {
        ComplaintId = complaintId;
        Rule = rule;
        _index = index;
        _status = (byte)status;
        _escalateTo = (byte)escalateTo;
        _cycle = (ushort)cycle;
        _dueNanoseconds = (dueAt - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
    }

    /// <summary>The complaint's number.</summary>
    public ComplaintId ComplaintId { get; }

    /// <summary>The complaint's position in the swept list.</summary>
    public int Index => _index;

    /// <summary>The rule's id.</summary>
    public RuleId Rule { get; }

    /// <summary>Breached, at risk, or pending and due within the horizon.</summary>
    public DeadlineStatus Status => (DeadlineStatus)_status;

    /// <summary>When it is (was) due.</summary>
    public Instant DueAt => NodaConstants.UnixEpoch + Duration.FromNanoseconds(_dueNanoseconds);

    /// <summary>Whom to tell.</summary>
    public EscalationTarget EscalateTo => (EscalationTarget)_escalateTo;

    /// <summary>The handling cycle the deadline belongs to (1 unless the complaint was reopened).</summary>
    public int Cycle => _cycle;
}
