using System;
using NodaTime;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// The facts of a complaint's history that its deadlines depend on — the current handling cycle's <see cref="CycleFacts"/>,
/// the appointment, the first department, whether it was finished or closed and when, the conditions C7 and C8 wait for, and
/// the wait on the complainant now open — folded one event at a time by the one scan both the decider's state
/// (<see cref="ComplaintState.Facts"/>) and the deadline engine use, so the two can never read a history differently.
/// </summary>
/// <remarks>
/// The fold allocates nothing: a mutable value the engine keeps on its stack and the state copies with each event.
/// </remarks>
public struct ComplaintFacts
{
    internal CycleFacts Current;
    internal int CycleIndex; // 0 for the first handling cycle
    internal Instant AppointmentAt;
    internal Instant ClosedInstant;
    internal Instant WaitStart;
    internal DepartmentKind FirstNamedDepartment;
    internal bool HasAppointment;
    internal bool Visited; // a reschedule recorded after the engineer's arrival does not move the appointment
    internal bool IsFinished;
    internal bool OfficeCannot;
    internal bool LeaderCannot;
    internal bool IsClosed;
    internal bool WaitOpen;

    /// <summary>The current handling cycle's facts.</summary>
    public readonly CycleFacts Cycle => Current;

    /// <summary>The current handling cycle, from 1 (each unsatisfied revisit begins the next).</summary>
    public readonly int CycleNumber => CycleIndex + 1;

    /// <summary>The appointment the repair visit is due at (C20): the latest one recorded before the engineer arrived.</summary>
    public readonly Instant? Appointment => HasAppointment ? AppointmentAt : null;

    /// <summary>The first department the complaint named (dispatched or notified) in any cycle.</summary>
    public readonly DepartmentKind? FirstDepartment => FirstNamedDepartment == 0 ? null : FirstNamedDepartment;

    /// <summary>Whether the handling was resolved, or the complaint closed without resolution (a director's decision).</summary>
    public readonly bool Finished => IsFinished;

    /// <summary>Whether the customer service office recorded that it cannot resolve the complaint (C7's condition).</summary>
    public readonly bool OfficeCannotResolve => OfficeCannot;

    /// <summary>Whether the company leader recorded that they cannot coordinate it (C8's condition).</summary>
    public readonly bool LeaderCannotCoordinate => LeaderCannot;

    /// <summary>When the complaint was first closed (closure ends every clock); null while open.</summary>
    public readonly Instant? ClosedAt => IsClosed ? ClosedInstant : null;

    /// <summary>When the wait on the complainant now open began; null when none is open.</summary>
    public readonly Instant? WaitingSince => WaitOpen ? WaitStart : null;

    /// <summary>The facts of a complaint just received.</summary>
    internal static ComplaintFacts Start(ComplaintReceived received) => new()
    {
        AppointmentAt = received.Appointment.GetValueOrDefault(),
        HasAppointment = received.Appointment.HasValue,
    };

    /// <summary>Folds one event (after the receipt) into the facts.</summary>
    /// <returns>What the event did that a caller timing rules needs: the department it named and whether it began a cycle or a wait.</returns>
    internal FactStep Step(ComplaintEvent e)
    {
        var at = e.At;
        var kind = e.Kind;
        DepartmentKind named = 0;
        var step = FactStep.None;
        switch (kind)
        {
            case ComplaintEventKind.Assessed:
                var assessment = (ComplaintAssessed)e;
                Current.AssessedClass = assessment.Class;
                Current.Deadline = assessment.HandlingDeadline;
                Current.HasDeadline = true;
                Current.HasPromise = false;
                break;
            case ComplaintEventKind.DispatchedToDepartment:
                named = ((DispatchedToDepartment)e).Department.Kind;
                break;
            case ComplaintEventKind.DepartmentNotified:
                named = ((DepartmentNotified)e).Department.Kind;
                break;
            case ComplaintEventKind.DelayReported when !Current.IsResolved
                && at <= (Current.HasPromise ? Current.PromisedAt : Current.HasDeadline ? Current.Deadline : Instant.MaxValue):
                // A delay reported at or before the cycle's deadline moves it (C5: at the instant itself is on time); one
                // reported after it cannot undo the breach.
                Current.PromisedAt = ((DelayReported)e).NewPromisedAt;
                Current.HasPromise = true;
                break;
            case ComplaintEventKind.Resolved when !Current.IsResolved:
                Current.IsResolved = true;
                Current.ResolvedInstant = at;
                IsFinished = true;
                break;
            case ComplaintEventKind.ClosedByDirectorDecision or ComplaintEventKind.Closed:
                IsFinished = true;
                if (!IsClosed)
                {
                    IsClosed = true;
                    ClosedInstant = at;
                }

                break;
            case ComplaintEventKind.OfficeCannotResolve:
                OfficeCannot = true;
                break;
            case ComplaintEventKind.LeaderCannotCoordinate:
                LeaderCannot = true;
                break;
            case ComplaintEventKind.AppointmentRescheduled when !Visited:
                AppointmentAt = ((AppointmentRescheduled)e).NewAppointment;
                HasAppointment = true;
                break;
            case ComplaintEventKind.EngineerArrived:
                Visited = true;
                break;
            case ComplaintEventKind.ComplainantUnavailable when !WaitOpen:
                WaitOpen = true;
                WaitStart = at;
                step = FactStep.WaitBegan;
                break;
            case ComplaintEventKind.ComplainantAvailable when WaitOpen:
                WaitOpen = false;
                step = FactStep.WaitEnded;
                break;
            case ComplaintEventKind.ComplainantRevisited when !((ComplainantRevisited)e).Satisfied:
                step = FactStep.CycleEnded;
                break;
        }

        if (named != 0)
        {
            if (Current.FirstDepartment == 0)
            {
                Current.FirstDepartment = named;
            }

            if (FirstNamedDepartment == 0)
            {
                FirstNamedDepartment = named;
            }
        }

        return new FactStep(step, named);
    }

    /// <summary>Begins the next handling cycle (after an unsatisfied revisit), keeping the class and deadline until a re-assessment.</summary>
    /// <returns>The facts of the cycle that ended.</returns>
    internal CycleFacts BeginNextCycle()
    {
        var ended = Current;
        Current = new CycleFacts { AssessedClass = ended.AssessedClass, Deadline = ended.Deadline, HasDeadline = ended.HasDeadline };
        CycleIndex++;
        return ended;
    }

    /// <summary>
    /// Checks that a history can be folded — it starts with the one receipt, holds no null and is in time order (events
    /// are refused, not sorted) — and counts its handling cycles at <paramref name="now"/>: the one check every reader of a
    /// history uses. <paramref name="index"/> names the complaint in a list (-1: alone).
    /// </summary>
    /// <exception cref="ArgumentException">The history is not one complaint's, in order.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the receipt.</exception>
    internal static int CheckHistory(ReadOnlySpan<ComplaintEvent> events, Instant now, int index)
    {
        if (events.Length == 0 || events[0] is not ComplaintReceived)
        {
            throw new ArgumentException($"{Name(index)}'s history must start with ComplaintReceived.", nameof(events));
        }

        var previous = events[0].At;
        var cycles = 1;
        for (var i = 1; i < events.Length; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"{Name(index)}'s event #{i} is null.", nameof(events));
            if (e.At < previous)
            {
                throw new ArgumentException($"{Name(index)}'s events are out of order: event #{i} ({e.Kind}) is earlier than event #{i - 1}. Events are refused, not sorted.", nameof(events));
            }

            if (e.Kind == ComplaintEventKind.Received)
            {
                throw new ArgumentException($"{Name(index)}'s event #{i} is a second ComplaintReceived; a complaint is received once.", nameof(events));
            }

            if (e is ComplainantRevisited { Satisfied: false } && e.At <= now)
            {
                cycles++;
            }

            previous = e.At;
        }

        if (now < events[0].At)
        {
            throw new ArgumentOutOfRangeException(nameof(now), $"{Name(index)} was received at {events[0].At}; it cannot be evaluated at an earlier instant ({now}).");
        }

        return cycles;

        static string Name(int index) => index < 0 ? "The complaint" : $"Complaint #{index}";
    }
}

/// <summary>What folding one event did, for a caller timing rules: the department it named and the cycle or wait it began or ended.</summary>
internal readonly struct FactStep(int what, DepartmentKind department)
{
    public const int None = 0;
    public const int WaitBegan = 1;
    public const int WaitEnded = 2;
    public const int CycleEnded = 3;

    public int What { get; } = what;

    public DepartmentKind Department { get; } = department;
}
