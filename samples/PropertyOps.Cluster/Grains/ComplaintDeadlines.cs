using System.Collections.Generic;
using NodaTime;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Grains;

/// <summary>The one place a complaint's history becomes what its estate keeps: the deadlines it owes now and when they next change.</summary>
internal static class ComplaintDeadlines
{
    /// <summary>The complaint's breached and at-risk deadlines at <paramref name="now"/> (or at its latest event, if later) and its next due instant, from one evaluation; a closed complaint owes nothing.</summary>
    public static ComplaintStatusReport Report(string id, string estate, IReadOnlyList<ComplaintEvent> events, ComplaintState state, ClusterRules rules, Instant now)
    {
        if (events.Count == 0)
        {
            return new ComplaintStatusReport(id, 0, null, false, []);
        }

        if (state.Status == ComplaintStatus.Closed)
        {
            return new ComplaintStatusReport(id, events.Count, null, true, []);
        }

        var at = now < events[^1].At ? events[^1].At : now;
        var evaluation = SlaEngine.Evaluate(events, rules.Policy, rules.Calendar, at);
        var owed = new List<DeadlineAlert>();
        for (var i = 0; i < evaluation.Count; i++)
        {
            var result = evaluation[i];
            if (result.Status is DeadlineStatus.Breached or DeadlineStatus.AtRisk)
            {
                owed.Add(new DeadlineAlert(estate, id, result.Rule.Value, result.Cycle, result.Status.ToString(), result.DueAt?.ToUnixTimeTicks() ?? 0, result.EscalateTo.ToString(), at.ToUnixTimeTicks()));
            }
        }

        return new ComplaintStatusReport(id, events.Count, evaluation.NextDue?.ToUnixTimeTicks(), false, [.. owed]);
    }
}
