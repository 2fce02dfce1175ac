using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>How one deadline rule stands for one complaint at the instant it was evaluated.</summary>
public readonly record struct DeadlineResult
{
    /// <summary>The rule's id.</summary>
    public RuleId Rule { get; init; }

    /// <summary>The status.</summary>
    public DeadlineStatus Status { get; init; }

    /// <summary>The instant the evaluation was made for.</summary>
    public Instant EvaluatedAt { get; init; }

    /// <summary>The kind of event that started the clock.</summary>
    public ComplaintEventKind? StartEvent { get; init; }

    /// <summary>When the clock started.</summary>
    public Instant? StartedAt { get; init; }

    /// <summary>When it is (or was) due, pauses included; while paused, the due instant if the wait ended now.</summary>
    public Instant? DueAt { get; init; }

    /// <summary>When the clock stopped.</summary>
    public Instant? StoppedAt { get; init; }

    /// <summary>How long the clock was paused while waiting on the complainant.</summary>
    public Duration PausedFor { get; init; }

    /// <summary>Whether the clock is paused now.</summary>
    public bool IsPaused { get; init; }

    /// <summary>Whom to tell when breached.</summary>
    public EscalationTarget EscalateTo { get; init; }

    /// <summary>Time left until due, for a pending deadline; otherwise <see langword="null"/>.</summary>
    public Duration? Remaining => Status == DeadlineStatus.Pending && DueAt is { } due ? due - EvaluatedAt : null;

    /// <summary>How late: for a breach, the time since due; for a late stop, the stop's lateness; otherwise <see langword="null"/>.</summary>
    public Duration? Overdue => Status switch
    {
        DeadlineStatus.Breached => EvaluatedAt - DueAt!.Value,
        DeadlineStatus.MetLate => StoppedAt!.Value - DueAt!.Value,
        _ => null,
    };

    /// <summary>Whether the deadline has stopped (met on time or late).</summary>
    public bool IsStopped => Status is DeadlineStatus.MetOnTime or DeadlineStatus.MetLate;
}
