using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// 奖惩记录 — the ledger of sanctions and rewards (rule C11, 002 篇2 §10) as a pure decider: <see cref="Decide"/> turns a
/// command into events or a <see cref="RuleViolation"/>; <see cref="Evolve"/> folds one event; <see cref="Replay"/> rebuilds
/// the ledger. Records are append-only: nothing is edited or deleted, and a revocation is a record of its own.
/// </summary>
/// <remarks>
/// <para>Rules checked (all with the id C11, refusals record nothing): the employee is on the roster; a sanction cites at
/// least one finding; a reward is recognised by a department head and by a board director (经相关部门和公司董事领导认可);
/// sanctions, rewards and revocations are decided by the management (office head, office director, company leader or
/// general manager) and the roster kept by the office director or general manager; a record number is used once — the
/// same command again is a no-op (a retry), a different one under the same number is refused; records are in time
/// order; only a standing sanction or reward can be revoked.</para>
/// </remarks>
public static class StaffLedger
{
    private static readonly RuleId C11 = RuleId.Parse("C11");

    private static readonly ActorRole[] Deciders = [ActorRole.OfficeHead, ActorRole.OfficeDirector, ActorRole.CompanyLeader, ActorRole.GeneralManager];

    /// <summary>The empty ledger.</summary>
    public static LedgerState Initial => LedgerState.Empty;

    /// <summary>Decides what a command does to the ledger.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The ledger.</param>
    /// <returns>The events to record, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Decision<LedgerEvent> Decide(LedgerCommand command, LedgerState state)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(state);
        if (command.At < state.LastEventAt)
        {
            return Refuse("Ledger records are kept in time order; this one is dated before the latest record.");
        }

        return command switch
        {
            EnrollEmployee c => c.Actor.Role is not (ActorRole.OfficeDirector or ActorRole.GeneralManager)
                ? Refuse("The office director or the general manager keeps the roster.")
                : state.Employees.ContainsKey(c.EmployeeId)
                    ? state.Employees[c.EmployeeId] == c.Department ? Decision<LedgerEvent>.AlreadyApplied : Refuse("The employee is already on the roster.")
                    : Accept(new EmployeeEnrolled(c.At, c.Actor, c.EmployeeId, c.Department)),
            RecordSanction c => DecideSanction(c, state),
            RecordReward c => DecideReward(c, state),
            RevokeRecord c => DecideRevoke(c, state),
            _ => throw new ArgumentException($"Unknown ledger command {command.GetType().Name}.", nameof(command)),
        };
    }

    /// <summary>Folds one event into the ledger.</summary>
    /// <param name="state">The ledger before.</param>
    /// <param name="event">The event.</param>
    /// <returns>The ledger after.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The event cannot follow the ledger (out of time order, a reused record number).</exception>
    public static LedgerState Evolve(LedgerState state, LedgerEvent @event)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(@event);
        if (@event.At < state.LastEventAt)
        {
            throw new InvalidOperationException("A ledger event is earlier than the previous one.");
        }

        var next = state with { LastEventAt = @event.At, Version = state.Version + 1 };
        return @event switch
        {
            EmployeeEnrolled e => next with { Employees = next.Employees.SetItem(e.EmployeeId, e.Department), EnrolledAt = next.EnrolledAt.SetItem(e.EmployeeId, e.At) },
            SanctionRecorded e => Add(next, e.RecordId, e),
            RewardRecorded e => Add(next, e.RecordId, e),
            RecordRevoked e => Add(next, e.RecordId, e) with { Revoked = next.Revoked.Add(e.RevokedRecordId) },
            _ => throw new ArgumentException($"Unknown ledger event {@event.GetType().Name}.", nameof(@event)),
        };
    }

    /// <summary>Rebuilds the ledger from its events, in order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The events are not a valid ledger; the message gives the position.</exception>
    public static LedgerState Replay(IEnumerable<LedgerEvent> events) =>
        Fold.Replay(LedgerState.Empty, Guard.Against.Null(events), Evolve, "Ledger event");

    /// <summary>Decides and, if accepted, evolves: the convenience for callers that do not store events separately.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The ledger.</param>
    /// <returns>The new ledger and the events recorded (none for a retry).</returns>
    /// <exception cref="RuleViolationException">The command was refused; nothing changed.</exception>
    public static (LedgerState State, ImmutableArray<LedgerEvent> Events) Execute(LedgerCommand command, LedgerState state) =>
        Fold.Execute(state, Decide(command, state), Evolve);

    private static LedgerState Add(LedgerState state, string recordId, LedgerEvent e)
    {
        if (state.RecordIds.Contains(recordId))
        {
            throw new InvalidOperationException("A ledger record number is used twice.");
        }

        return state with { Records = state.Records.Add(e), RecordIds = state.RecordIds.Add(recordId) };
    }

    private static Decision<LedgerEvent> DecideSanction(RecordSanction c, LedgerState state)
    {
        var sanction = new SanctionRecorded(c.At, c.Actor, c.RecordId, c.EmployeeId, c.Kind, c.FindingIds, c.Reason, c.FineFen);
        return Retry(state, c.RecordId, sanction)
            ?? (!Deciders.Contains(c.Actor.Role) ? Refuse("Sanctions are decided by the management: an office head, the office director, a company leader or the general manager.")
            : !state.Employees.ContainsKey(c.EmployeeId) ? Refuse("The employee is not on the roster.")
            : c.FindingIds.IsEmpty ? Refuse("A sanction cites at least one accountability finding.")
            : Accept(sanction));
    }

    private static Decision<LedgerEvent> DecideReward(RecordReward c, LedgerState state)
    {
        var reward = new RewardRecorded(c.At, c.Actor, c.RecordId, c.EmployeeId, c.Kind, c.Achievement, c.RecognizedByDepartment, c.RecognizedByBoardDirector);
        return Retry(state, c.RecordId, reward)
            ?? (!Deciders.Contains(c.Actor.Role) ? Refuse("Rewards are decided by the management: an office head, the office director, a company leader or the general manager.")
            : !state.Employees.ContainsKey(c.EmployeeId) ? Refuse("The employee is not on the roster.")
            : c.RecognizedByDepartment.IsEmpty || c.RecognizedByDepartment.Role != ActorRole.DepartmentHead
                ? Refuse("A reward needs the recognition of the relevant department's head (经相关部门认可).")
            : c.RecognizedByBoardDirector.IsEmpty || c.RecognizedByBoardDirector.Role != ActorRole.BoardDirector
                ? Refuse("A reward needs the recognition of a board director (经公司董事领导认可).")
            : Accept(reward));
    }

    private static Decision<LedgerEvent> DecideRevoke(RevokeRecord c, LedgerState state)
    {
        var revocation = new RecordRevoked(c.At, c.Actor, c.RecordId, c.RevokedRecordId, c.Reason);
        return Retry(state, c.RecordId, revocation)
            ?? (!Deciders.Contains(c.Actor.Role) ? Refuse("A record is revoked by the management.")
            : !state.Records.Any(r => r is SanctionRecorded s && s.RecordId == c.RevokedRecordId || r is RewardRecorded w && w.RecordId == c.RevokedRecordId)
                ? Refuse("Only a recorded sanction or reward can be revoked.")
            : state.Revoked.Contains(c.RevokedRecordId) ? Refuse("The record has already been revoked.")
            : Accept(revocation));
    }

    // A record number already used: the same record again is a retry (no-op); anything else under that number is refused.
    private static Decision<LedgerEvent>? Retry(LedgerState state, string recordId, LedgerEvent candidate)
    {
        if (!state.RecordIds.Contains(recordId))
        {
            return null;
        }

        var existing = state.Records.First(r => r switch
        {
            SanctionRecorded s => s.RecordId == recordId,
            RewardRecorded w => w.RecordId == recordId,
            RecordRevoked v => v.RecordId == recordId,
            _ => false,
        });
        return SameRecord(existing, candidate) ? Decision<LedgerEvent>.AlreadyApplied : Refuse("That record number is already used for another record.");
    }

    private static bool SameRecord(LedgerEvent a, LedgerEvent b) => (a, b) switch
    {
        (SanctionRecorded x, SanctionRecorded y) => x.EmployeeId == y.EmployeeId && x.Kind == y.Kind && x.FindingIds.SequenceEqual(y.FindingIds) && x.Reason == y.Reason && x.FineFen == y.FineFen,
        (RewardRecorded x, RewardRecorded y) => x.EmployeeId == y.EmployeeId && x.Kind == y.Kind && x.Achievement == y.Achievement,
        (RecordRevoked x, RecordRevoked y) => x.RevokedRecordId == y.RevokedRecordId,
        _ => false,
    };

    private static Decision<LedgerEvent> Accept(LedgerEvent e) => Decision<LedgerEvent>.Accept(e);

    private static Decision<LedgerEvent> Refuse(string message) => Decision<LedgerEvent>.Refuse(C11, message);
}
