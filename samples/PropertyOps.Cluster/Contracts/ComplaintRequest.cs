using System;
using NodaTime;
using Orleans;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Cluster.Contracts;

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
