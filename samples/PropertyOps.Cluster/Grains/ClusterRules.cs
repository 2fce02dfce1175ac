using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Grains;

/// <summary>The deadline rules and working calendar every grain of the cluster evaluates with.</summary>
public sealed record ClusterRules(SlaPolicy Policy, WorkingCalendar Calendar);
