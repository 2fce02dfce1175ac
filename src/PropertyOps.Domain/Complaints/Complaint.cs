using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// 投诉 — the complaint (or repair request) aggregate as a pure decider: <see cref="Decide(ComplaintCommand, ComplaintState, ComplaintPolicy)"/> turns a command and the
/// current state into events or a <see cref="RuleViolation"/>; <see cref="Evolve"/> folds one event;
/// <see cref="Replay"/> rebuilds the state from the stored events. Nothing reads a clock: commands carry their instant.
/// </summary>
/// <remarks>
/// <para>Paths (rules C1–C20 of docs/rules.md):</para>
/// <list type="bullet">
/// <item>Routine: received (C1, first contact C9) → registered at the front desk (C2) → assessed with class and handling
/// deadline (C3, C14) → dispatched (C3) → [delay reported (C5)] → resolved → feedback to the front desk (C6) →
/// [verified] → revisited (C6, C13) → closed with the record confirmed by the complainant (C14). An unsatisfied revisit
/// reopens the complaint for dispatch.</item>
/// <item>Unreasonable (C4): assessed as unreasonable → explained → accepted, or not persuaded → coordinated by the
/// department head → closed.</item>
/// <item>Emergency and major (C7, C8, C16): the department is notified; the office head escalates to the company leader
/// and files a written report; the company leader escalates to a board director and files a written report; the result
/// must be verified before the revisit (C8). A C16 category, or three or more households, makes a complaint at least
/// major from receipt and refuses a lower class at assessment.</item>
/// <item>Reopened (C3, C6): an unsatisfied revisit starts the next handling cycle; the front desk may re-assess it with a
/// new handling deadline and dispatches it again, and the cycle's one-per-cycle records (first contact told, engineer's
/// arrival) start afresh.</item>
/// <item>Conditions and decisions: the office head records that the office cannot resolve a major matter (C7), the company
/// leader that they cannot coordinate it (C8); the office director closes a referred matter on their decision (C12); a
/// repair order's appointment is rescheduled (C20).</item>
/// <item>Also recorded: the first contact informed (C9), a written reply stating the result and the owner's
/// acknowledgement of it (required before closing a complaint of a channel <see cref="ComplaintPolicy.WrittenReplyChannels"/>
/// names — phone and written by default — C17), the call-back (C18), the same-day investigation and referral to the office director (C12), the engineer's
/// arrival (C19), a repair order's appointment (required, C20), and waits on the complainant.</item>
/// </list>
/// <para>Every command is refused if the complaint was not received yet, if it is closed, or if it is dated before the
/// latest record; a refusal records nothing.</para>
/// </remarks>
public static class Complaint
{
    private static readonly RuleId C1 = RuleId.Parse("C1");
    private static readonly RuleId C2 = RuleId.Parse("C2");
    private static readonly RuleId C3 = RuleId.Parse("C3");
    private static readonly RuleId C4 = RuleId.Parse("C4");
    private static readonly RuleId C5 = RuleId.Parse("C5");
    private static readonly RuleId C6 = RuleId.Parse("C6");
    private static readonly RuleId C7 = RuleId.Parse("C7");
    private static readonly RuleId C8 = RuleId.Parse("C8");
    private static readonly RuleId C9 = RuleId.Parse("C9");
    private static readonly RuleId C12 = RuleId.Parse("C12");
    private static readonly RuleId C14 = RuleId.Parse("C14");
    private static readonly RuleId C16 = RuleId.Parse("C16");
    private static readonly RuleId C17 = RuleId.Parse("C17");
    private static readonly RuleId C18 = RuleId.Parse("C18");
    private static readonly RuleId C19 = RuleId.Parse("C19");
    private static readonly RuleId C20 = RuleId.Parse("C20");

    /// <summary>The state before anything is recorded.</summary>
    public static ComplaintState Initial => ComplaintState.Empty;

    /// <summary>Decides what a command does to a complaint in <paramref name="state"/>, under the regulation's <see cref="ComplaintPolicy.Regulation"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <returns>The events to record, or the refusal with its rule id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Decision<ComplaintEvent> Decide(ComplaintCommand command, ComplaintState state) => Decide(command, state, ComplaintPolicy.Regulation);

    /// <summary>Decides what a command does to a complaint in <paramref name="state"/>, under the company's <paramref name="policy"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <param name="policy">What the company asks before a complaint is closed (C17).</param>
    /// <returns>The events to record, or the refusal with its rule id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Decision<ComplaintEvent> Decide(ComplaintCommand command, ComplaintState state, ComplaintPolicy policy)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(state);
        Guard.Against.Null(policy);
        if (state.CommandIds.Contains(command.CommandId))
        {
            return Decision<ComplaintEvent>.AlreadyApplied;
        }

        if (ComplaintRoles.Check(command) is { } wrongRole)
        {
            return Decision<ComplaintEvent>.Refuse(wrongRole.Rule, wrongRole.Message);
        }

        var decision = DecideCore(command, state, policy);
        if (command.CommandId is { } key && decision.IsAccepted)
        {
            return Decision<ComplaintEvent>.Accept(decision.Events[0] with { CommandId = key });
        }

        return decision;
    }

    private static Decision<ComplaintEvent> DecideCore(ComplaintCommand command, ComplaintState state, ComplaintPolicy policy)
    {
        if (command is ReceiveComplaint receive)
        {
            return DecideReceive(receive, state);
        }

        if (!state.Exists)
        {
            return Refuse(C1, "Nothing can be done before the complaint is received and recorded.");
        }

        if (state.Status == ComplaintStatus.Closed)
        {
            return Refuse(C14, "The complaint is closed and its record confirmed; it cannot change.");
        }

        if (command.At < state.LastEventAt)
        {
            return Refuse(C1, $"Records are kept in time order; this action is dated {Invariant.Instant(command.At)}, before the latest record ({Invariant.Instant(state.LastEventAt)}).");
        }

        return command switch
        {
            RegisterAtFrontDesk c => state.Status == ComplaintStatus.Received
                ? Accept(new RegisteredAtFrontDesk(c.At, c.Actor))
                : Refuse(C2, "The complaint has already been passed to the front desk."),
            AssessComplaint c => DecideAssess(c, state),
            DispatchToDepartment c => DecideDispatch(c, state),
            ReportDelay c => state.Status is not (ComplaintStatus.Dispatched or ComplaintStatus.DelayReported)
                ? Refuse(C5, "Only the department a complaint is dispatched to can report a delay.")
                : !ComplaintInvariants.IsLater(c.NewPromisedAt, c.At)
                    ? Refuse(C5, "The new promised time must be later than the delay report.")
                    : Accept(new DelayReported(c.At, c.Actor, c.NewPromisedAt, c.Reason)),
            ResolveComplaint c => state.Status is ComplaintStatus.Dispatched or ComplaintStatus.DelayReported
                ? Accept(new ComplaintResolved(c.At, c.Actor, c.Outcome))
                : Refuse(C3, "Only a complaint dispatched to a department can be resolved."),
            GiveFeedbackToFrontDesk c => state.Status == ComplaintStatus.Resolved
                ? Accept(new FeedbackGivenToFrontDesk(c.At, c.Actor))
                : Refuse(C6, "The department feeds back to the front desk once the complaint is resolved."),
            VerifyResolution c => state.Status == ComplaintStatus.FeedbackGiven
                ? Accept(new ResolutionVerified(c.At, c.Actor))
                : Refuse(C8, "The result is verified after the department's feedback."),
            RevisitComplainant c => DecideRevisit(c, state),
            CloseComplaint c => DecideClose(c, state, policy),
            ExplainToComplainant c => state.Status == ComplaintStatus.Assessed && state.Class == ComplaintClass.Unreasonable
                ? Accept(new ExplanationGiven(c.At, c.Actor))
                : Refuse(C4, "Only a complaint assessed as unreasonable is explained instead of handled."),
            RecordExplanationAccepted c => state.Status == ComplaintStatus.Explained
                ? Accept(new ExplanationAccepted(c.At, c.Actor))
                : Refuse(C4, "An explanation must be given before it can be accepted."),
            RecordNotPersuaded c => state.Status == ComplaintStatus.Explained
                ? Accept(new ComplainantNotPersuaded(c.At, c.Actor))
                : Refuse(C4, "An explanation must be given before the complainant can be recorded as not persuaded."),
            CoordinateByDepartmentHead c => state.Status != ComplaintStatus.NotPersuaded
                ? Refuse(C4, "The department head coordinates only when the complainant was not persuaded.")
                : Accept(new CoordinatedByDepartmentHead(c.At, c.Actor, c.Outcome)),
            NotifyDepartment c => !state.IsMajorMatter
                ? Refuse(C7, "Only emergency and major matters use the emergency notification of the department.")
                : state.DepartmentNotified
                    ? Refuse(C7, "The department has already been notified of this matter.")
                    : Accept(new DepartmentNotified(c.At, c.Actor, c.Department)),
            EscalateToCompanyLeader c => DecideEscalateToLeader(c, state),
            FileWrittenReport c => DecideReport(c, state),
            EscalateToBoardDirector c => DecideEscalateToBoard(c, state),
            InformFirstContact c => DecideInformFirstContact(c, state),
            RecordEngineerArrival c => state.Channel != Channel.RepairOrder && state.Department?.Kind != DepartmentKind.Engineering
                ? Refuse(C19, "An engineer's arrival is recorded for repair call-outs: a repair order or a matter sent to engineering.")
                : state.EngineerArrivedAt is not null
                    ? Refuse(C19, "The engineer's arrival has already been recorded.")
                    : Accept(new EngineerArrived(c.At, c.Actor)),
            SendWrittenReply c => state.WrittenReplySent
                ? Refuse(C17, "The written reply has already been sent.")
                : !state.HandlingRecorded && !state.ReferredToOfficeDirector
                    ? Refuse(C17, "The written reply states the result (将解决结果书面告之业户): it is sent once the complaint is resolved.")
                    : Accept(new WrittenReplySent(c.At, c.Actor, c.Result)),
            RecordFirstContactResponse c => c.Actor.Id != state.FirstContact.Id
                ? Refuse(C9, "Only the first contact (首问责任人) records what they did with the matter.")
                : state.FirstContactResponse is not null
                    ? Refuse(C9, "The first contact's response is already recorded.")
                    : Accept(new FirstContactResponded(c.At, c.Actor, c.Action, c.Action == FirstContactAction.Accepted ? null : c.NamedResponsible)),
            ConfirmRecord c => state.RecordConfirmedBy is not null
                ? Refuse(C14, "The complainant has already confirmed the record.")
                : !state.HandlingRecorded
                    ? Refuse(C14, "The record (the matter, how it was handled and the result) is confirmed once the handling is recorded (处理投诉后…由客户确认).")
                    : Accept(new RecordConfirmed(c.At, c.Actor, c.Method, c.Reference)),
            AcknowledgeWrittenReply c => !state.WrittenReplySent
                ? Refuse(C17, "The owner acknowledges the written reply once it has been sent.")
                : state.WrittenReplyAcknowledged
                    ? Refuse(C17, "The owner has already acknowledged the written reply.")
                    : Accept(new WrittenReplyAcknowledged(c.At, c.Actor, c.Method, c.Reference)),
            CallBackComplainant c => state.CalledBack
                ? Refuse(C18, "The complainant has already been called back.")
                : Accept(new ComplainantCalledBack(c.At, c.Actor)),
            RecordInvestigation c => state.Investigated
                ? Refuse(C12, "The investigation has already been recorded.")
                : Accept(new ComplaintInvestigated(c.At, c.Actor, c.Findings)),
            ReferToOfficeDirector c => !state.Investigated
                ? Refuse(C12, "A matter is investigated and verified before what cannot be resolved goes to the office director.")
                : state.ReferredToOfficeDirector
                    ? Refuse(C12, "The matter has already been referred to the office director.")
                    : Accept(new ReferredToOfficeDirector(c.At, c.Actor)),
            MarkComplainantUnavailable c => state.WaitingOnComplainant
                ? Refuse(C20, "The complaint is already waiting on the complainant.")
                : Accept(new ComplainantUnavailable(c.At, c.Actor, c.Reason)),
            MarkComplainantAvailable c => state.WaitingOnComplainant
                ? Accept(new ComplainantAvailable(c.At, c.Actor))
                : Refuse(C20, "The complaint is not waiting on the complainant."),
            RecordOfficeCannotResolve c => !state.IsMajorMatter
                ? Refuse(C7, "Only an emergency or major matter goes to the company's leader when the office cannot resolve it.")
                : state.OfficeCannotResolve || state.EscalatedToCompanyLeader
                    ? Refuse(C7, "The office's inability to resolve the matter is already on record (or it was already reported to the leader).")
                    : state.Status is ComplaintStatus.Resolved or ComplaintStatus.FeedbackGiven or ComplaintStatus.Verified or ComplaintStatus.Revisited
                        ? Refuse(C7, "The matter has been resolved; there is nothing left the office cannot resolve.")
                        : Accept(new OfficeCannotResolve(c.At, c.Actor)),
            RecordLeaderCannotCoordinate c => !state.EscalatedToCompanyLeader
                ? Refuse(C8, "The company leader records this once the matter has been reported to them.")
                : state.LeaderCannotCoordinate || state.EscalatedToBoardDirector
                    ? Refuse(C8, "The leader's inability to coordinate the matter is already on record (or it was already reported to a board director).")
                    : Accept(new LeaderCannotCoordinate(c.At, c.Actor)),
            RescheduleAppointment c => state.Appointment is null
                ? Refuse(C20, "Only a repair order with an appointment can be rescheduled.")
                : c.NewAppointment < c.At
                    ? Refuse(C20, "The new appointment cannot be earlier than the moment it is agreed.")
                    : Accept(new AppointmentRescheduled(c.At, c.Actor, c.NewAppointment, c.Reason)),
            CloseByDirectorDecision c => !state.ReferredToOfficeDirector
                ? Refuse(C12, "The office director closes on a decision only a matter referred to them.")
                : policy.RequiresWrittenReply(state.Channel) && !state.WrittenReplySent
                    ? Refuse(C17, $"A {state.Channel} complaint gets the result in writing (将解决结果书面告之业户) before it is closed.")
                    : Accept(new ClosedByDirectorDecision(c.At, c.Actor, c.Decision)),
            _ => throw new ArgumentException($"Unknown complaint command {command.GetType().Name}.", nameof(command)),
        };
    }

    /// <summary>Folds one event into the state.</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <returns>The state after it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The event cannot follow the state: a first event that is not
    /// <see cref="ComplaintReceived"/>, a second receipt, or an event earlier than the previous one.</exception>
    public static ComplaintState Evolve(ComplaintState state, ComplaintEvent @event)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(@event);
        if (@event is ComplaintReceived received)
        {
            if (state.Exists)
            {
                throw new InvalidOperationException("A complaint is received once; the stream holds a second ComplaintReceived.");
            }

            return new ComplaintState
            {
                Id = received.ComplaintId,
                Status = ComplaintStatus.Received,
                Complainant = received.Complainant,
                Subject = received.Subject,
                Channel = received.Channel,
                Category = received.Category,
                Households = received.Households,
                FirstContact = received.Actor,
                ReceivedAt = received.At,
                Facts = ComplaintFacts.Start(received),
                LastEventAt = received.At,
                Version = 1,
                Appointment = received.Appointment,
                MinimumClass = received.Category.MinimumClass(received.Households),
                AgainstEmployee = received.AgainstEmployee,
                CommandIds = received.CommandId is { } key ? CommandIdSet.Empty.Add(key) : CommandIdSet.Empty,
            };
        }

        if (!state.Exists)
        {
            throw new InvalidOperationException($"The first event of a complaint must be ComplaintReceived, not {@event.GetType().Name}.");
        }

        if (@event.At < state.LastEventAt)
        {
            throw new InvalidOperationException($"{@event.GetType().Name} at {Invariant.Instant(@event.At)} is earlier than the previous event ({Invariant.Instant(state.LastEventAt)}).");
        }

        // One copy per event: every arm sets the bookkeeping (and the deadline facts, folded by the scan the deadline engine
        // runs) together with its own changes.
        var at = @event.At;
        var version = state.Version + 1;
        var facts = state.Facts;
        if (facts.Step(@event).What == FactStep.CycleEnded)
        {
            facts.BeginNextCycle();
        }

        var next = @event switch
        {
            RegisteredAtFrontDesk => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.RegisteredAtFrontDesk },
            ComplaintAssessed e => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Assessed },
            DispatchedToDepartment e => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Dispatched, Department = e.Department, DispatchCount = state.DispatchCount + 1 },
            DelayReported e => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.DelayReported, PromisedAt = e.NewPromisedAt },
            ComplaintResolved => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Resolved },
            FeedbackGivenToFrontDesk => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.FeedbackGiven },
            ResolutionVerified => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Verified },
            ComplainantRevisited e => state with
            {
                LastEventAt = at,
                Version = version,
                Facts = facts,
                Status = e.Satisfied ? ComplaintStatus.Revisited : ComplaintStatus.Reopened,
                RevisitCount = state.RevisitCount + 1,
                LastRevisitSatisfied = e.Satisfied,

                // An unsatisfied revisit reopens the complaint: a new handling cycle, whose one-per-cycle records start afresh.
                FirstContactInformed = e.Satisfied && state.FirstContactInformed,
                EngineerArrivedAt = e.Satisfied ? state.EngineerArrivedAt : null,
                WrittenReplySent = e.Satisfied && state.WrittenReplySent,
                WrittenReplyAcknowledged = e.Satisfied && state.WrittenReplyAcknowledged,
                RecordConfirmedBy = e.Satisfied ? state.RecordConfirmedBy : null,
                PromisedAt = e.Satisfied ? state.PromisedAt : null,
            },
            ComplaintClosed => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Closed },
            ExplanationGiven => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Explained },
            ExplanationAccepted => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.ExplanationAccepted },
            ComplainantNotPersuaded => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.NotPersuaded },
            CoordinatedByDepartmentHead => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.CoordinatedByDepartmentHead },
            DepartmentNotified e => state with { LastEventAt = at, Version = version, Facts = facts, DepartmentNotified = true, Department = state.Department ?? e.Department },
            EscalatedToCompanyLeader => state with { LastEventAt = at, Version = version, Facts = facts, EscalatedToCompanyLeader = true },
            WrittenReportFiled { Level: ReportLevel.OfficeHead } => state with { LastEventAt = at, Version = version, Facts = facts, OfficeHeadReportFiled = true },
            WrittenReportFiled => state with { LastEventAt = at, Version = version, Facts = facts, CompanyLeaderReportFiled = true },
            EscalatedToBoardDirector => state with { LastEventAt = at, Version = version, Facts = facts, EscalatedToBoardDirector = true },
            FirstContactInformed => state with { LastEventAt = at, Version = version, Facts = facts, FirstContactInformed = true },
            EngineerArrived e => state with { LastEventAt = at, Version = version, Facts = facts, EngineerArrivedAt = state.EngineerArrivedAt ?? e.At },
            WrittenReplySent => state with { LastEventAt = at, Version = version, Facts = facts, WrittenReplySent = true },
            FirstContactResponded e => state with { LastEventAt = at, Version = version, Facts = facts, FirstContactResponse = e.Action },
            RecordConfirmed e => state with { LastEventAt = at, Version = version, Facts = facts, RecordConfirmedBy = e.Method },
            WrittenReplyAcknowledged => state with { LastEventAt = at, Version = version, Facts = facts, WrittenReplyAcknowledged = true },
            ComplainantCalledBack => state with { LastEventAt = at, Version = version, Facts = facts, CalledBack = true },
            ComplaintInvestigated => state with { LastEventAt = at, Version = version, Facts = facts, Investigated = true },
            ReferredToOfficeDirector => state with { LastEventAt = at, Version = version, Facts = facts, ReferredToOfficeDirector = true },
            ComplainantUnavailable => state with { LastEventAt = at, Version = version, Facts = facts },
            ComplainantAvailable => state with { LastEventAt = at, Version = version, Facts = facts },
            OfficeCannotResolve => state with { LastEventAt = at, Version = version, Facts = facts },
            LeaderCannotCoordinate => state with { LastEventAt = at, Version = version, Facts = facts },
            AppointmentRescheduled e => state with { LastEventAt = at, Version = version, Facts = facts, Appointment = e.NewAppointment },
            ClosedByDirectorDecision => state with { LastEventAt = at, Version = version, Facts = facts, Status = ComplaintStatus.Closed, ClosedByDirector = true },
            _ => throw new ArgumentException($"Unknown complaint event {@event.GetType().Name}.", nameof(@event)),
        };
        return @event.CommandId is { } commandId ? next with { CommandIds = next.CommandIds.Add(commandId) } : next;
    }

    /// <summary>Rebuilds a complaint's state from its stored events, in order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds null.</exception>
    /// <exception cref="InvalidOperationException">The stream is not a valid history (see <see cref="Evolve"/>); the message gives the event's position.</exception>
    public static ComplaintState Replay(IEnumerable<ComplaintEvent> events) =>
        Fold.Replay(ComplaintState.Empty, Guard.Against.Null(events), Evolve, "Event");

    /// <summary>Decides and, if accepted, evolves: the convenience for callers that do not store events separately.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <returns>The new state and the events recorded (none for a retry).</returns>
    /// <exception cref="RuleViolationException">The command was refused; nothing changed.</exception>
    public static (ComplaintState State, ImmutableArray<ComplaintEvent> Events) Execute(ComplaintCommand command, ComplaintState state) =>
        Execute(command, state, ComplaintPolicy.Regulation);

    /// <summary>Decides under <paramref name="policy"/> and, if accepted, evolves.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <param name="policy">The company's complaint policy.</param>
    /// <returns>The new state and the events recorded (none for a retry).</returns>
    /// <exception cref="RuleViolationException">The command was refused; nothing changed.</exception>
    public static (ComplaintState State, ImmutableArray<ComplaintEvent> Events) Execute(ComplaintCommand command, ComplaintState state, ComplaintPolicy policy) =>
        Fold.Execute(state, Decide(command, state, policy), Evolve);

    private static Decision<ComplaintEvent> DecideReceive(ReceiveComplaint c, ComplaintState state)
    {
        if (state.Exists)
        {
            return Refuse(C9, "This complaint has already been received; it has one first contact.");
        }

        if (!ComplaintInvariants.HasRequiredAppointment(c.Channel, c.Appointment))
        {
            return Refuse(C20, "A repair order needs an appointment time (预约维修时间).");
        }

        if (!ComplaintInvariants.IsValidAppointment(c.Appointment, c.At))
        {
            return Refuse(C20, "The appointment cannot be earlier than the order's receipt.");
        }

        return Accept(new ComplaintReceived(c.At, c.Actor, c.ComplaintId, c.Complainant, c.Subject, c.Channel, c.Category, c.Households, c.Appointment, c.AgainstEmployee));
    }

    private static Decision<ComplaintEvent> DecideAssess(AssessComplaint c, ComplaintState state)
    {
        if (state.Status == ComplaintStatus.Received)
        {
            return Refuse(C2, "The complaint must be passed to the front desk before it is assessed.");
        }

        if (state.Status is not (ComplaintStatus.RegisteredAtFrontDesk or ComplaintStatus.Reopened))
        {
            return Refuse(C3, "The complaint has already been assessed; only a reopened complaint is re-assessed.");
        }

        if (!ComplaintInvariants.IsLater(c.HandlingDeadline, c.At))
        {
            return Refuse(C3, "The handling deadline (限期) must be later than the assessment.");
        }

        if (c.Class < state.MinimumClass)
        {
            return Refuse(C16, $"A {state.Category} complaint from {state.Households} household(s) is at least {state.MinimumClass}; it cannot be assessed as {c.Class}.");
        }

        return Accept(new ComplaintAssessed(c.At, c.Actor, c.Class, c.HandlingDeadline));
    }

    private static Decision<ComplaintEvent> DecideDispatch(DispatchToDepartment c, ComplaintState state)
    {
        if (state.Status is not (ComplaintStatus.Assessed or ComplaintStatus.Reopened))
        {
            return Refuse(C3, "Only an assessed (or reopened) complaint is dispatched to a department.");
        }

        return state.Class == ComplaintClass.Unreasonable
            ? Refuse(C4, "An unreasonable complaint is explained to the complainant, not dispatched.")
            : Accept(new DispatchedToDepartment(c.At, c.Actor, c.Department));
    }

    private static Decision<ComplaintEvent> DecideRevisit(RevisitComplainant c, ComplaintState state)
    {
        if (state.Status is not (ComplaintStatus.FeedbackGiven or ComplaintStatus.Verified))
        {
            return Refuse(C6, "A revisit (回访) follows resolution and the department's feedback to the front desk.");
        }

        if (state.IsMajorMatter && state.Status != ComplaintStatus.Verified)
        {
            return Refuse(C8, "An emergency or major matter is verified before the complainant is revisited.");
        }

        return Accept(new ComplainantRevisited(c.At, c.Actor, c.Satisfied, c.Remarks));
    }

    private static Decision<ComplaintEvent> DecideClose(CloseComplaint c, ComplaintState state, ComplaintPolicy policy)
    {
        if (state.Status is not (ComplaintStatus.Revisited or ComplaintStatus.ExplanationAccepted or ComplaintStatus.CoordinatedByDepartmentHead))
        {
            return Refuse(C6, "Only a complaint revisited with the complainant satisfied, or an unreasonable one accepted or coordinated, can be closed.");
        }

        if (state.RecordConfirmedBy is null)
        {
            return Refuse(C14, "The record must be confirmed by the complainant (由客户确认) before the complaint is closed.");
        }

        if (policy.RequiresWrittenReply(state.Channel) && !(state.WrittenReplySent && state.WrittenReplyAcknowledged))
        {
            return Refuse(C17, $"A {state.Channel} complaint gets the result in writing, acknowledged by the owner (将解决结果书面告之业户，取得业户的认可), before it is closed.");
        }

        return Accept(new ComplaintClosed(c.At, c.Actor));
    }

    private static Decision<ComplaintEvent> DecideEscalateToLeader(EscalateToCompanyLeader c, ComplaintState state) =>
        !state.IsMajorMatter ? Refuse(C7, "Only emergency and major matters are reported to the company's leader.")
        : state.EscalatedToCompanyLeader ? Refuse(C7, "The matter has already been reported to the company's leader.")
        : Accept(new EscalatedToCompanyLeader(c.At, c.Actor));

    private static Decision<ComplaintEvent> DecideEscalateToBoard(EscalateToBoardDirector c, ComplaintState state) =>
        !state.EscalatedToCompanyLeader ? Refuse(C8, "A board director is phoned by the company leader, after the matter reached the company leader.")
        : state.EscalatedToBoardDirector ? Refuse(C8, "The matter has already been reported to a board director.")
        : Accept(new EscalatedToBoardDirector(c.At, c.Actor));

    private static Decision<ComplaintEvent> DecideReport(FileWrittenReport c, ComplaintState state) => c.Level switch
    {
        _ when !state.IsMajorMatter => Refuse(C7, "Written reports are filed for emergency and major matters."),
        ReportLevel.OfficeHead when !state.EscalatedToCompanyLeader => Refuse(C7, "The office head's written report follows the report to the company's leader."),
        ReportLevel.OfficeHead when state.OfficeHeadReportFiled => Refuse(C7, "The office head's written report has already been filed."),
        ReportLevel.CompanyLeader when !state.EscalatedToBoardDirector => Refuse(C8, "The company leader's written report follows the call to the board director."),
        ReportLevel.CompanyLeader when state.CompanyLeaderReportFiled => Refuse(C8, "The company leader's written report has already been filed."),
        _ => Accept(new WrittenReportFiled(c.At, c.Actor, c.Level)),
    };

    private static Decision<ComplaintEvent> DecideInformFirstContact(InformFirstContact c, ComplaintState state)
    {
        var finished = state.Status is ComplaintStatus.FeedbackGiven or ComplaintStatus.Verified or ComplaintStatus.Revisited
            or ComplaintStatus.ExplanationAccepted or ComplaintStatus.CoordinatedByDepartmentHead;
        return !finished ? Refuse(C9, "The first contact is told once the centre has finished handling the complaint.")
            : state.FirstContactInformed ? Refuse(C9, "The first contact has already been told.")
            : Accept(new FirstContactInformed(c.At, c.Actor));
    }

    private static Decision<ComplaintEvent> Accept(ComplaintEvent @event) => Decision<ComplaintEvent>.Accept(@event);

    private static Decision<ComplaintEvent> Refuse(RuleId rule, string message) => Decision<ComplaintEvent>.Refuse(rule, message);
}
