using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// One deadline found by a sweep: which complaint (its number and position in the swept list), which rule, its status,
/// due instant and escalation target. Small on purpose — a sweep over millions of complaints allocates only these;
/// call <see cref="SlaEngine.Evaluate(System.Collections.Generic.IReadOnlyList{ComplaintEvent}, SlaPolicy, Domain.Calendars.WorkingCalendar, Instant)"/>
/// on the complaint for the full picture.
/// </summary>
/// <param name="ComplaintId">The complaint's number.</param>
/// <param name="Index">The complaint's position in the swept list.</param>
/// <param name="Rule">The rule's id.</param>
/// <param name="Status">Breached, at risk, or pending and due within the horizon.</param>
/// <param name="DueAt">When it is (was) due.</param>
/// <param name="EscalateTo">Whom to tell.</param>
/// <param name="Cycle">The handling cycle the deadline belongs to (1 unless the complaint was reopened).</param>
public readonly record struct SweepItem(ComplaintId ComplaintId, int Index, RuleId Rule, DeadlineStatus Status, Instant DueAt, EscalationTarget EscalateTo, int Cycle = 1);
