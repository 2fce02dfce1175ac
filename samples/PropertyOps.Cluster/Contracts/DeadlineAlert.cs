using System;
using NodaTime;
using Orleans;

namespace PropertyOps.Cluster.Contracts;

/// <summary>One deadline a complaint owes: breached or at risk at an instant.</summary>
[GenerateSerializer, Immutable]
public sealed record DeadlineAlert(
    [property: Id(0)] string Estate,
    [property: Id(1)] string ComplaintId,
    [property: Id(2)] string Rule,
    [property: Id(3)] int Cycle,
    [property: Id(4)] string Status,
    [property: Id(5)] long DueTicks,
    [property: Id(6)] string EscalateTo,
    [property: Id(7)] long EvaluatedTicks)
{
    /// <summary>What identifies the alert across evaluations: the complaint, the rule, the cycle and the status.</summary>
    public (string ComplaintId, string Rule, int Cycle, string Status) Key => (ComplaintId, Rule, Cycle, Status);

    /// <summary>How long after its due instant the alert was raised (on the clock the estates tick by).</summary>
    public Duration Lag => Duration.FromTicks(Math.Max(0, EvaluatedTicks - DueTicks));

    /// <summary>E.g. <c>E07 TS-1 C3.handling (cycle 1) Breached, due 2026-10-09T10:00:00Z → DepartmentHead</c>.</summary>
    public override string ToString() => $"{Estate} {ComplaintId} {Rule} (cycle {Cycle}) {Status}, due {Instant.FromUnixTimeTicks(DueTicks)} → {EscalateTo}";
}
