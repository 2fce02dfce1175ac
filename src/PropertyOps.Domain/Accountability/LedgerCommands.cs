using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

// The staff ledger's commands form one closed union and share this file, like the complaint's.
namespace PropertyOps.Domain.Accountability;

/// <summary>A request to change the staff ledger (C11), made by <paramref name="Actor"/> at <paramref name="At"/>.</summary>
/// <param name="At">When (in the supported years).</param>
/// <param name="Actor">Who decides or records it.</param>
public abstract record LedgerCommand(Instant At, Actor Actor)
{
    /// <summary>When.</summary>
    public Instant At { get; } = Preconditions.CheckInstant(At);

    /// <summary>Who decides or records it.</summary>
    public Actor Actor { get; } = Actor.IsEmpty ? throw new ArgumentException("A ledger record needs an actor.", nameof(Actor)) : Actor;

    private protected static string Id(string value, string name) => LedgerInvariants.RecordId(value, name);
}

/// <summary>Put an employee on the ledger's roster (records are refused for anyone not on it).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office director or general manager.</param>
/// <param name="EmployeeId">The employee id (工号).</param>
/// <param name="Department">The employee's department or management office.</param>
public sealed record EnrollEmployee(Instant At, Actor Actor, string EmployeeId, string Department) : LedgerCommand(At, Actor)
{
    /// <summary>The employee id.</summary>
    public string EmployeeId { get; } = LedgerInvariants.EmployeeId(EmployeeId);

    /// <summary>The department.</summary>
    public string Department { get; } = Preconditions.CheckText(Department, 50);
}

/// <summary>Record a sanction (C11) resting on one or more accountability findings.</summary>
/// <param name="At">When it was decided.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">The record's number (also its idempotency key).</param>
/// <param name="EmployeeId">Who is sanctioned.</param>
/// <param name="Kind">The sanction.</param>
/// <param name="FindingIds">The findings it rests on (at least one).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="FineFen">For a <see cref="SanctionKind.Fine"/>, the amount in fen (分): 1 to 100,000,000 (1,000,000 yuan); null for any other sanction.</param>
public sealed record RecordSanction(Instant At, Actor Actor, string RecordId, string EmployeeId, SanctionKind Kind, ImmutableArray<string> FindingIds, string Reason, long? FineFen = null) : LedgerCommand(At, Actor)
{
    /// <summary>For a fine, the amount in fen; null for any other sanction.</summary>
    public long? FineFen { get; } = LedgerInvariants.FineFen(Kind, FineFen);

    /// <summary>The record's number.</summary>
    public string RecordId { get; } = Id(RecordId, nameof(RecordId));

    /// <summary>Who is sanctioned.</summary>
    public string EmployeeId { get; } = LedgerInvariants.EmployeeId(EmployeeId);

    /// <summary>The sanction.</summary>
    public SanctionKind Kind { get; } = Guard.Against.Undefined(Kind);

    /// <summary>The findings it rests on (possibly empty here: the ledger refuses a sanction citing none, with C11).</summary>
    public ImmutableArray<string> FindingIds { get; } = LedgerInvariants.FindingIds(FindingIds);

    /// <summary>Why.</summary>
    public string Reason { get; } = Preconditions.CheckText(Reason, 500, multiline: true);
}

/// <summary>
/// Record a reward (C11), recognised by the relevant department and by a board director (经相关部门和公司董事领导认可).
/// </summary>
/// <param name="At">When it was decided.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">The record's number (also its idempotency key).</param>
/// <param name="EmployeeId">Who is rewarded.</param>
/// <param name="Kind">The reward.</param>
/// <param name="Achievement">What it rewards.</param>
/// <param name="RecognizedByDepartment">The department head who recognised it.</param>
/// <param name="RecognizedByBoardDirector">The board director who recognised it.</param>
public sealed record RecordReward(Instant At, Actor Actor, string RecordId, string EmployeeId, RewardKind Kind, string Achievement, Actor RecognizedByDepartment, Actor RecognizedByBoardDirector) : LedgerCommand(At, Actor)
{
    /// <summary>The record's number.</summary>
    public string RecordId { get; } = Id(RecordId, nameof(RecordId));

    /// <summary>Who is rewarded.</summary>
    public string EmployeeId { get; } = LedgerInvariants.EmployeeId(EmployeeId);

    /// <summary>The reward.</summary>
    public RewardKind Kind { get; } = Guard.Against.Undefined(Kind);

    /// <summary>What it rewards.</summary>
    public string Achievement { get; } = Preconditions.CheckText(Achievement, 500, multiline: true);
}

/// <summary>Revoke an earlier sanction or reward: nothing is edited or deleted; the revocation is a record of its own.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">This record's number.</param>
/// <param name="RevokedRecordId">The record revoked.</param>
/// <param name="Reason">Why.</param>
public sealed record RevokeRecord(Instant At, Actor Actor, string RecordId, string RevokedRecordId, string Reason) : LedgerCommand(At, Actor)
{
    /// <summary>This record's number.</summary>
    public string RecordId { get; } = Id(RecordId, nameof(RecordId));

    /// <summary>The record revoked.</summary>
    public string RevokedRecordId { get; } = Id(RevokedRecordId, nameof(RevokedRecordId));

    /// <summary>Why.</summary>
    public string Reason { get; } = Preconditions.CheckText(Reason, 500, multiline: true);
}

/// <summary>The ledger's field invariants, shared by its commands and events.</summary>
internal static class LedgerInvariants
{
    public static string RecordId(string value, string name) =>
        Preconditions.IsKey(value) ? value : throw new ArgumentException("A record number has 1–64 letters, digits, '-', '_', '.' or ':'.", name);

    public static string EmployeeId(string value) => ComplaintInvariants.EmployeeId(value, nameof(EmployeeId))!;

    /// <summary>The largest fine recorded, in fen: 1,000,000 yuan.</summary>
    public const long MaxFineFen = 100_000_000;

    /// <summary>A fine carries its amount (1 fen to 1,000,000 yuan); no other sanction carries one.</summary>
    public static long? FineFen(SanctionKind kind, long? fen) => kind == SanctionKind.Fine
        ? fen is >= 1 and <= MaxFineFen ? fen : throw new ArgumentOutOfRangeException(nameof(FineFen), "A fine (罚金) states its amount: 1 fen to 1,000,000 yuan, in fen.")
        : fen is null ? null : throw new ArgumentException("Only a fine (罚金) carries an amount.", nameof(FineFen));

    public static ImmutableArray<string> FindingIds(ImmutableArray<string> ids)
    {
        var list = ids.IsDefault ? [] : ids;
        foreach (var id in list)
        {
            Preconditions.CheckText(id, 200, nameof(FindingIds));
        }

        return list;
    }
}
