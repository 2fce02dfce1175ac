using System;
using NodaTime;
using Orleans;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Cluster.Contracts;

/// <summary>What a request asks of a complaint: the commands a front desk's client sends in the demo and the tests.</summary>
public enum RequestKind
{
    /// <summary><see cref="ReceiveComplaint"/> (C1).</summary>
    Receive = 1,

    /// <summary><see cref="RegisterAtFrontDesk"/> (C2).</summary>
    Register,

    /// <summary><see cref="AssessComplaint"/> (C3): <see cref="ComplaintRequest.Number"/> is the class, <see cref="ComplaintRequest.Time"/> the deadline.</summary>
    Assess,

    /// <summary><see cref="DispatchToDepartment"/> (C3) to engineering.</summary>
    Dispatch,

    /// <summary><see cref="ResolveComplaint"/>: <see cref="ComplaintRequest.Text"/> is the outcome.</summary>
    Resolve,

    /// <summary><see cref="GiveFeedbackToFrontDesk"/> (C6).</summary>
    Feedback,

    /// <summary><see cref="InformFirstContact"/> (C9).</summary>
    InformFirstContact,

    /// <summary><see cref="RevisitComplainant"/> (C6): <see cref="ComplaintRequest.Flag"/> is whether the complainant is satisfied.</summary>
    Revisit,

    /// <summary><see cref="ConfirmRecord"/> (C14) by phone.</summary>
    ConfirmRecord,

    /// <summary><see cref="CloseComplaint"/>.</summary>
    Close,
}

/// <summary>
/// One command for a complaint grain, in a shape Orleans serializes (instants as Unix ticks, enums as numbers); the grain
/// turns it into the library's command, so every rule — roles, order, idempotency — is the library's.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintRequest
{
    /// <summary>The command.</summary>
    [Id(0)] public required RequestKind Kind { get; init; }

    /// <summary>When it happens (Unix ticks).</summary>
    [Id(1)] public required long AtTicks { get; init; }

    /// <summary>Who acts: an employee id.</summary>
    [Id(2)] public required string ActorId { get; init; }

    /// <summary>Who acts: the role (an <see cref="ActorRole"/> value).</summary>
    [Id(3)] public required int ActorRole { get; init; }

    /// <summary>The idempotency key: a retry with the same key records nothing twice.</summary>
    [Id(4)] public string? CommandId { get; init; }

    /// <summary>The estate (on <see cref="RequestKind.Receive"/>).</summary>
    [Id(5)] public string? Estate { get; init; }

    /// <summary>Text: the subject (receive) or the outcome (resolve).</summary>
    [Id(6)] public string? Text { get; init; }

    /// <summary>A number: the channel (receive) or the class (assess).</summary>
    [Id(7)] public int Number { get; init; }

    /// <summary>A second instant (Unix ticks): the handling deadline (assess).</summary>
    [Id(8)] public long TimeTicks { get; init; }

    /// <summary>A yes/no: satisfied (revisit).</summary>
    [Id(9)] public bool Flag { get; init; }

    /// <summary>The library's command for complaint <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">A field is malformed (the library's own checks).</exception>
    public ComplaintCommand ToCommand(ComplaintId id)
    {
        var at = Instant.FromUnixTimeTicks(AtTicks);
        var actor = new Actor(ActorId, (Domain.Complaints.ActorRole)ActorRole);
        ComplaintCommand command = Kind switch
        {
            RequestKind.Receive => new ReceiveComplaint(at, actor, id, Complainant.Of("业主", "1栋101", "13800000000"), Text ?? "报修", (Channel)Number, ComplaintCategory.InUnitRepair),
            RequestKind.Register => new RegisterAtFrontDesk(at, actor),
            RequestKind.Assess => new AssessComplaint(at, actor, (ComplaintClass)Number, Instant.FromUnixTimeTicks(TimeTicks)),
            RequestKind.Dispatch => new DispatchToDepartment(at, actor, Department.Engineering),
            RequestKind.Resolve => new ResolveComplaint(at, actor, Text ?? "已处理"),
            RequestKind.Feedback => new GiveFeedbackToFrontDesk(at, actor),
            RequestKind.InformFirstContact => new InformFirstContact(at, actor),
            RequestKind.Revisit => new RevisitComplainant(at, actor, Flag),
            RequestKind.ConfirmRecord => new ConfirmRecord(at, actor, ConfirmationMethod.Phone, "CALL"),
            RequestKind.Close => new CloseComplaint(at, actor),
            _ => throw new ArgumentException($"Unknown request kind {(int)Kind}.", nameof(Kind)),
        };
        return command with { CommandId = CommandId };
    }
}

/// <summary>What a complaint grain answered: accepted (with how many events were recorded: none for a retry) or refused with the rule id.</summary>
[GenerateSerializer, Immutable]
public sealed record CommandOutcome([property: Id(0)] bool Accepted, [property: Id(1)] int Recorded, [property: Id(2)] string? Rule, [property: Id(3)] string? Message);

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

/// <summary>A complaint's deadlines at an instant, as its grain reports them to its estate.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintStatusReport(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] int Version,
    [property: Id(2)] long? NextDueTicks,
    [property: Id(3)] bool Closed,
    [property: Id(4)] DeadlineAlert[] Owed);
