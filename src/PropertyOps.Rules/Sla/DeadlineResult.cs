using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>How one deadline rule stands for one complaint at the instant it was evaluated.</summary>
public readonly record struct DeadlineResult
{
    private readonly Instant _start;
    private readonly Instant _due;
    private readonly Instant _stop;
    private readonly ComplaintEventKind _startKind;
    private readonly bool _hasDue;
    private readonly bool _stopped;

    internal DeadlineResult(RuleId rule, EscalationTarget escalateTo, Instant now, ref CoreResult core)
    {
        Rule = rule;
        EscalateTo = escalateTo;
        EvaluatedAt = now;
        Status = core.Status;
        IsPaused = core.IsPaused;
        PausedFor = core.PausedFor;
        _start = core.Start;
        _due = core.Due;
        _stop = core.Stop;
        _startKind = core.StartKind;
        _hasDue = core.HasDue;
        _stopped = core.Stopped;
        Cycle = core.Cycle < 1 ? 1 : core.Cycle;
    }

    /// <summary>The handling cycle this result belongs to: 1 for the first handling, 2 after the first reopening, …</summary>
    public int Cycle { get; }

    /// <summary>The rule's id.</summary>
    public RuleId Rule { get; }

    /// <summary>The status.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>The instant the evaluation was made for.</summary>
    public Instant EvaluatedAt { get; init; }

    /// <summary>The kind of event that started the clock, or <see langword="null"/> when it has not started.</summary>
    public ComplaintEventKind? StartEvent => _startKind == 0 ? null : _startKind;

    /// <summary>When the clock started.</summary>
    public Instant? StartedAt => _startKind == 0 ? null : _start;

    /// <summary>When it is (or was) due, pauses included; while paused, the due instant if the wait ended now.</summary>
    public Instant? DueAt => _hasDue ? _due : null;

    /// <summary>When the clock stopped.</summary>
    public Instant? StoppedAt => _hasDue && _stopped ? _stop : null;

    /// <summary>How long the clock was paused while waiting on the complainant.</summary>
    public Duration PausedFor { get; }

    /// <summary>Whether the clock is paused now.</summary>
    public bool IsPaused { get; }

    /// <summary>Whom to tell when breached.</summary>
    public EscalationTarget EscalateTo { get; }

    /// <summary>Time left until due, for a pending deadline; otherwise <see langword="null"/>.</summary>
    public Duration? Remaining => Status == DeadlineStatus.Pending && _hasDue ? _due - EvaluatedAt : null;

    /// <summary>How late: for a breach (or a duty at risk), the time since due; for a late stop, the stop's lateness; otherwise <see langword="null"/>.</summary>
    public Duration? Overdue => Status switch
    {
        DeadlineStatus.Breached or DeadlineStatus.AtRisk => EvaluatedAt - _due,
        DeadlineStatus.MetLate => _stop - _due,
        _ => null,
    };

    /// <summary>Whether the deadline has stopped (met on time or late).</summary>
    public bool IsStopped => Status is DeadlineStatus.MetOnTime or DeadlineStatus.MetLate;
}
