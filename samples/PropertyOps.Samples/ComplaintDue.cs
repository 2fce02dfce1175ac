using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Samples;

/// <summary>
/// What the samples' store indexes per complaint: the earliest instant it needs attention, as of its latest event — the
/// due of a deadline already breached or at risk, else the next pending due (<see cref="SlaEngine.NextDue"/>); none once
/// closed (closure ends every clock). A complaint is overdue at <c>t</c> only if this instant is at or before <c>t</c>, so
/// the overdue list evaluates only the complaints the index returns.
/// </summary>
internal static class ComplaintDue
{
    public static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;

    public static WorkingCalendar Calendar => ChinaWorkingCalendar.Default;

    public static Instant? Next(IReadOnlyList<ComplaintEvent> events)
    {
        if (events.Count == 0 || Complaint.Replay(events).Status == ComplaintStatus.Closed)
        {
            return null;
        }

        var asOf = events[^1].At;
        var evaluation = SlaEngine.Evaluate(events, Policy, Calendar, asOf);
        var next = evaluation.NextDue;
        foreach (var result in evaluation)
        {
            if (result.Status is DeadlineStatus.Breached or DeadlineStatus.AtRisk && result.DueAt is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }
}
