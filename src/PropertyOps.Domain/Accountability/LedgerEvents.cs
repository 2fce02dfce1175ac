using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Complaints;

// The staff ledger's events form one closed union and share this file. Records are never edited or deleted.
namespace PropertyOps.Domain.Accountability;

/// <summary>Something recorded in the staff ledger (C11).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who decided or recorded it.</param>
public abstract record LedgerEvent(Instant At, Actor Actor);

/// <summary>An employee was put on the roster.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who enrolled them.</param>
/// <param name="EmployeeId">The employee id.</param>
/// <param name="Department">The department.</param>
public sealed record EmployeeEnrolled(Instant At, Actor Actor, string EmployeeId, string Department) : LedgerEvent(At, Actor);

/// <summary>A sanction was recorded (C11), resting on the findings it cites.</summary>
/// <param name="At">When it was decided.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">The record's number.</param>
/// <param name="EmployeeId">Who is sanctioned.</param>
/// <param name="Kind">The sanction.</param>
/// <param name="FindingIds">The findings cited.</param>
/// <param name="Reason">Why.</param>
/// <param name="FineFen">For a fine, the amount in fen.</param>
public sealed record SanctionRecorded(Instant At, Actor Actor, string RecordId, string EmployeeId, SanctionKind Kind, ImmutableArray<string> FindingIds, string Reason, long? FineFen = null) : LedgerEvent(At, Actor)
{
    /// <summary>For a fine, the amount in fen; null for any other sanction.</summary>
    public long? FineFen { get; } = LedgerInvariants.FineFen(Kind, FineFen);
}

/// <summary>A reward was recorded (C11), recognised by the department and a board director.</summary>
/// <param name="At">When it was decided.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">The record's number.</param>
/// <param name="EmployeeId">Who is rewarded.</param>
/// <param name="Kind">The reward.</param>
/// <param name="Achievement">What it rewards.</param>
/// <param name="RecognizedByDepartment">The department head who recognised it.</param>
/// <param name="RecognizedByBoardDirector">The board director who recognised it.</param>
public sealed record RewardRecorded(Instant At, Actor Actor, string RecordId, string EmployeeId, RewardKind Kind, string Achievement, Actor RecognizedByDepartment, Actor RecognizedByBoardDirector) : LedgerEvent(At, Actor);

/// <summary>An earlier record was revoked (a record of its own; the revoked one stays in the ledger).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="RecordId">This record's number.</param>
/// <param name="RevokedRecordId">The record revoked.</param>
/// <param name="Reason">Why.</param>
public sealed record RecordRevoked(Instant At, Actor Actor, string RecordId, string RevokedRecordId, string Reason) : LedgerEvent(At, Actor);
