using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

// The archive's requests and records form closed unions and share this file, like the complaint's.
namespace PropertyOps.Domain.Documents;

/// <summary>An approval held for a request (D6–D10): who approved, and for a department head which department they head.</summary>
/// <param name="Approver">The approver (their role is what counts: department head, office director, general manager).</param>
/// <param name="Department">The department a department head heads; empty for other roles.</param>
public sealed record Approval(Actor Approver, string Department = "")
{
    /// <summary>The approver.</summary>
    public Actor Approver { get; } = Approver.IsEmpty ? throw new ArgumentException("An approval needs an approver.", nameof(Approver)) : Approver;

    /// <summary>The department a department head heads.</summary>
    public string Department { get; } = Department is null or "" ? string.Empty : Preconditions.CheckText(Department, 50);

    /// <summary>
    /// Whether this approval stands for the approval <paramref name="required"/> asks for: an approval from a higher role
    /// stands in for a lower one (general manager ⊃ office director ⊃ department head; D7, D8 — binding reading); a
    /// department head's approval counts only for their own department when <paramref name="department"/> names one. Any
    /// other role counts only for itself.
    /// </summary>
    /// <param name="required">The role whose approval is asked for.</param>
    /// <param name="department">For a department head's approval, the department it must come from; null or empty for any.</param>
    /// <returns><see langword="true"/> when it stands for it.</returns>
    public bool Satisfies(ActorRole required, string? department = null)
    {
        var held = Rank(Approver.Role);
        var needed = Rank(required);
        if (held == 0 || needed == 0)
        {
            return Approver.Role == required;
        }

        return held > needed
            || (held == needed && (required != ActorRole.DepartmentHead || string.IsNullOrEmpty(department) || string.Equals(Department, department, StringComparison.Ordinal)));

        static int Rank(ActorRole role) => role switch
        {
            ActorRole.DepartmentHead => 1,
            ActorRole.OfficeDirector => 2,
            ActorRole.GeneralManager => 3,
            _ => 0,
        };
    }

    /// <summary>An approval by the general manager (总经理).</summary>
    /// <param name="id">The general manager's employee id.</param>
    /// <returns>The approval.</returns>
    public static Approval ByGeneralManager(string id) => new(new Actor(id, ActorRole.GeneralManager));

    /// <summary>An approval by the office director (办公室主任).</summary>
    /// <param name="id">The office director's employee id.</param>
    /// <returns>The approval.</returns>
    public static Approval ByOfficeDirector(string id) => new(new Actor(id, ActorRole.OfficeDirector));

    /// <summary>An approval by the head of a department (部门负责人).</summary>
    /// <param name="id">The head's employee id.</param>
    /// <param name="department">The department.</param>
    /// <returns>The approval.</returns>
    public static Approval ByDepartmentHead(string id, string department) => new(new Actor(id, ActorRole.DepartmentHead), department);
}

/// <summary>Who asks for a document (D7): their kind, who they are (masked when shown, D14), their department (staff), and whether their credentials were checked and registered (law enforcement).</summary>
/// <param name="Kind">The kind of requester.</param>
/// <param name="Name">The person or body, 1–50 characters (shown masked).</param>
/// <param name="Department">Staff: their department; empty otherwise.</param>
/// <param name="CredentialsVerified">Whether the body's and person's credentials were checked and registered (D7 f).</param>
public sealed record Requester(RequesterKind Kind, string Name, string Department = "", bool CredentialsVerified = false)
{
    /// <summary>The kind.</summary>
    public RequesterKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), "Unknown requester kind.");

    /// <summary>The person or body.</summary>
    public string Name { get; } = Preconditions.CheckText(Name, 50);

    /// <summary>Staff: their department.</summary>
    public string Department { get; } = Department is null or "" ? string.Empty : Preconditions.CheckText(Department, 50);

    /// <summary>E.g. <c>Staff 工程部 张*</c> (the name masked, D14).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}{(Department.Length > 0 ? " " + Department : string.Empty)} {PersonName.Of(Name).Masked}";
}

/// <summary>A request to the archive, made by <paramref name="Actor"/> at <paramref name="At"/>; <paramref name="CommandId"/> is its idempotency key.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk or officer recording it.</param>
/// <param name="CommandId">The idempotency key: the same request again records nothing.</param>
public abstract record ArchiveCommand(Instant At, Actor Actor, string CommandId)
{
    /// <summary>When.</summary>
    public Instant At { get; } = Preconditions.CheckInstant(At);

    /// <summary>Who records it.</summary>
    public Actor Actor { get; } = Actor.IsEmpty ? throw new ArgumentException("An archive record needs an actor.", nameof(Actor)) : Actor;

    /// <summary>The idempotency key.</summary>
    public string CommandId { get; } = Preconditions.IsKey(CommandId) ? CommandId : throw new ArgumentException("A command id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(CommandId));

    private protected static ImmutableArray<Approval> CheckApprovals(ImmutableArray<Approval> approvals) =>
        approvals.IsDefault ? [] : approvals.Any(a => a is null) ? throw new ArgumentException("An approval is null.", nameof(approvals)) : approvals;

    private protected static string CheckNumber(string number) => Document.CheckNumber(number);

    private protected static string CheckVersion(string version) => Document.CheckVersion(version);
}

/// <summary>File a document (D1, D2, D12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Document">The document.</param>
public sealed record RegisterDocument(Instant At, Actor Actor, string CommandId, Document Document) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document.</summary>
    public Document Document { get; } = Document ?? throw new ArgumentNullException(nameof(Document));
}

/// <summary>Distribute copies to a department (D5); they get the next distribution numbers.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Recipient">The receiving department.</param>
/// <param name="Copies">How many copies, 1–999.</param>
/// <param name="SignedBy">The recipient who signs for the copies in the distribution register (领用人签领).</param>
public sealed record DistributeCopies(Instant At, Actor Actor, string CommandId, string Number, string Version, string Recipient, int Copies, Actor SignedBy) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The recipient who signed for the copies.</summary>
    public Actor SignedBy { get; } = SignedBy.IsEmpty || SignedBy.Role == ActorRole.Complainant ? throw new ArgumentException("The distribution register records the employee who signs for the copies (D5).", nameof(SignedBy)) : SignedBy;

    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>The receiving department.</summary>
    public string Recipient { get; } = Preconditions.CheckText(Recipient, 50);

    /// <summary>How many copies.</summary>
    public int Copies { get; } = Copies is >= 1 and <= 999 ? Copies : throw new ArgumentOutOfRangeException(nameof(Copies), Copies, "1–999 copies.");
}

/// <summary>Lend a document or let it be read on site (D6, D7, D12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="LoanId">The loan's number in the borrowing register.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Requester">Who asks.</param>
/// <param name="Purpose">Borrow, or read on site.</param>
/// <param name="DueOn">When it is due back (the day it is read, for reading on site).</param>
/// <param name="Approvals">The approvals held.</param>
public sealed record LendDocument(Instant At, Actor Actor, string CommandId, string LoanId, string Number, string Version, Requester Requester, LoanPurpose Purpose, LocalDate DueOn, ImmutableArray<Approval> Approvals) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The loan's number.</summary>
    public string LoanId { get; } = Preconditions.IsKey(LoanId) ? LoanId : throw new ArgumentException("A loan id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(LoanId));

    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>Who asks.</summary>
    public Requester Requester { get; } = Requester ?? throw new ArgumentNullException(nameof(Requester));

    /// <summary>Borrow, or read on site.</summary>
    public LoanPurpose Purpose { get; } = Enum.IsDefined(Purpose) ? Purpose : throw new ArgumentOutOfRangeException(nameof(Purpose), "Unknown purpose.");

    /// <summary>When it is due back.</summary>
    public LocalDate DueOn { get; } = DueOn.Calendar == CalendarSystem.Iso && DueOn.Year is >= 1900 and <= 2149 ? DueOn : throw new ArgumentOutOfRangeException(nameof(DueOn), "Dates lie in the ISO years 1900–2149.");

    /// <summary>The approvals held.</summary>
    public ImmutableArray<Approval> Approvals { get; } = CheckApprovals(Approvals);
}

/// <summary>A loan comes back (D6): checked, and any damage noted with its cause.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk who checked it.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="LoanId">The loan.</param>
/// <param name="Condition">Intact or damaged.</param>
/// <param name="DamageCause">The borrower's account of the damage (required when damaged, empty otherwise).</param>
public sealed record ReturnLoan(Instant At, Actor Actor, string CommandId, string LoanId, ReturnCondition Condition, string DamageCause = "") : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The loan.</summary>
    public string LoanId { get; } = Preconditions.IsKey(LoanId) ? LoanId : throw new ArgumentException("A loan id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(LoanId));

    /// <summary>Intact or damaged.</summary>
    public ReturnCondition Condition { get; } = Enum.IsDefined(Condition) ? Condition : throw new ArgumentOutOfRangeException(nameof(Condition), "Unknown condition.");

    /// <summary>The cause of damage.</summary>
    public string DamageCause { get; } = Condition == ReturnCondition.Damaged
        ? Preconditions.CheckText(DamageCause, 200)
        : DamageCause is null or "" ? string.Empty : throw new ArgumentException("Only a damaged return states a cause.", nameof(DamageCause));
}

/// <summary>Copy a document (D8): the office director approves; the copy register records name, count and who copied.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who copies.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Copies">How many copies, 1–999.</param>
/// <param name="Approvals">The approvals held.</param>
public sealed record CopyDocument(Instant At, Actor Actor, string CommandId, string Number, string Version, int Copies, ImmutableArray<Approval> Approvals) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>How many copies.</summary>
    public int Copies { get; } = Copies is >= 1 and <= 999 ? Copies : throw new ArgumentOutOfRangeException(nameof(Copies), Copies, "1–999 copies.");

    /// <summary>The approvals held.</summary>
    public ImmutableArray<Approval> Approvals { get; } = CheckApprovals(Approvals);
}

/// <summary>Reissue a damaged or lost copy (D9): the office director approves; a damaged copy is handed back; the new copy continues the distribution numbers.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="DistributionNumber">The copy replaced.</param>
/// <param name="Reason">Damaged or lost.</param>
/// <param name="DamagedCopyReturned">Whether the damaged copy was handed back.</param>
/// <param name="Approvals">The approvals held.</param>
public sealed record ReissueCopy(Instant At, Actor Actor, string CommandId, string Number, string Version, int DistributionNumber, ReissueReason Reason, bool DamagedCopyReturned, ImmutableArray<Approval> Approvals) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>The copy replaced.</summary>
    public int DistributionNumber { get; } = DistributionNumber >= 1 ? DistributionNumber : throw new ArgumentOutOfRangeException(nameof(DistributionNumber), DistributionNumber, "Distribution numbers start at 1.");

    /// <summary>Damaged or lost.</summary>
    public ReissueReason Reason { get; } = Enum.IsDefined(Reason) ? Reason : throw new ArgumentOutOfRangeException(nameof(Reason), "Unknown reason.");

    /// <summary>The approvals held.</summary>
    public ImmutableArray<Approval> Approvals { get; } = CheckApprovals(Approvals);
}

/// <summary>Void a document (D10): the general manager approves; one or two copies are kept stamped VOID, the rest are to be destroyed; every department is notified.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Keep">The distribution numbers kept on file (one or two).</param>
/// <param name="Approvals">The approvals held.</param>
public sealed record VoidDocument(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> Keep, ImmutableArray<Approval> Approvals) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>The copies kept.</summary>
    public ImmutableArray<int> Keep { get; } = Keep.IsDefault ? [] : Keep;

    /// <summary>The approvals held.</summary>
    public ImmutableArray<Approval> Approvals { get; } = CheckApprovals(Approvals);
}

/// <summary>Destroy copies of a document (D10, D11): the general manager approves; one person executes and another supervises; not before the retention period ends nor under a legal hold.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk recording it.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="DistributionNumbers">The copies destroyed (empty: the original and every copy not kept on file).</param>
/// <param name="Executor">Who destroys.</param>
/// <param name="Supervisor">Who supervises.</param>
/// <param name="Approvals">The approvals held.</param>
public sealed record DestroyDocument(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> DistributionNumbers, Actor Executor, Actor Supervisor, ImmutableArray<Approval> Approvals) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>The copies destroyed.</summary>
    public ImmutableArray<int> DistributionNumbers { get; } = DistributionNumbers.IsDefault ? [] : DistributionNumbers;

    /// <summary>Who destroys.</summary>
    public Actor Executor { get; } = Executor.IsEmpty ? throw new ArgumentException("A destruction names who executes it.", nameof(Executor)) : Executor;

    /// <summary>Who supervises.</summary>
    public Actor Supervisor { get; } = Supervisor.IsEmpty ? throw new ArgumentException("A destruction names who supervises it.", nameof(Supervisor)) : Supervisor;

    /// <summary>The approvals held.</summary>
    public ImmutableArray<Approval> Approvals { get; } = CheckApprovals(Approvals);
}

/// <summary>Recall copies sent by mistake (误发时应立即追回, D5): they leave their department and come back to the office.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The clerk.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="DistributionNumbers">The copies recalled (each once, in use).</param>
/// <param name="Reason">Why they were sent by mistake.</param>
public sealed record RecallCopies(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> DistributionNumbers, string Reason) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The document number.</summary>
    public string Number { get; } = CheckNumber(Number);

    /// <summary>The version.</summary>
    public string Version { get; } = CheckVersion(Version);

    /// <summary>The copies recalled.</summary>
    public ImmutableArray<int> DistributionNumbers { get; } = DistributionNumbers.IsDefaultOrEmpty || DistributionNumbers.Length > 999
        ? throw new ArgumentException("A recall names 1–999 copies.", nameof(DistributionNumbers))
        : DistributionNumbers;

    /// <summary>Why.</summary>
    public string Reason { get; } = Preconditions.CheckText(Reason, 200);
}

/// <summary>Place a legal hold (litigation, investigation): nothing it covers may be destroyed until it is released (D11).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The general manager or office director.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Hold">The hold.</param>
public sealed record PlaceHold(Instant At, Actor Actor, string CommandId, LegalHold Hold) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The hold.</summary>
    public LegalHold Hold { get; } = Hold ?? throw new ArgumentNullException(nameof(Hold));
}

/// <summary>Release a legal hold.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The general manager or office director.</param>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="HoldId">The hold.</param>
public sealed record ReleaseHold(Instant At, Actor Actor, string CommandId, string HoldId) : ArchiveCommand(At, Actor, CommandId)
{
    /// <summary>The hold.</summary>
    public string HoldId { get; } = Preconditions.IsKey(HoldId) ? HoldId : throw new ArgumentException("A hold id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(HoldId));
}

/// <summary>
/// A legal hold (诉讼/调查保全): it covers documents by number and whole record types; from the day it is placed until the day
/// it is released, nothing it covers is destroyed or listed as due (D11). The archive desk dates a hold when it is placed
/// and released; a disposition list for any day reads the holds' own dates.
/// </summary>
/// <param name="Id">The hold's id.</param>
/// <param name="Reason">Litigation or investigation.</param>
/// <param name="DocumentNumbers">The document numbers covered.</param>
/// <param name="RecordTypes">The retention record types covered in full.</param>
public sealed record LegalHold(string Id, HoldReason Reason, ImmutableHashSet<string> DocumentNumbers, ImmutableHashSet<string> RecordTypes)
{
    /// <summary>The id.</summary>
    public string Id { get; } = Preconditions.IsKey(Id) ? Id : throw new ArgumentException("A hold id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(Id));

    /// <summary>Litigation or investigation.</summary>
    public HoldReason Reason { get; } = Enum.IsDefined(Reason) ? Reason : throw new ArgumentOutOfRangeException(nameof(Reason), "Unknown hold reason.");

    /// <summary>The document numbers covered.</summary>
    public ImmutableHashSet<string> DocumentNumbers { get; } = (DocumentNumbers ?? []).WithComparer(StringComparer.Ordinal);

    /// <summary>The record types covered.</summary>
    public ImmutableHashSet<string> RecordTypes { get; } = (RecordTypes ?? []).WithComparer(StringComparer.Ordinal);

    /// <summary>The day it was placed (the earliest date by default: a hold given without one covers every past day).</summary>
    public LocalDate PlacedOn { get; init; } = LocalDate.MinIsoValue;

    /// <summary>The day it was released, or null while it stands; not before <see cref="PlacedOn"/>.</summary>
    /// <exception cref="ArgumentException">The day is before the day the hold was placed.</exception>
    public LocalDate? ReleasedOn
    {
        get;
        init => field = value is { } day && day < PlacedOn ? throw new ArgumentException("A hold is released on or after the day it was placed.", nameof(ReleasedOn)) : value;
    }

    /// <summary>Whether the hold stands on <paramref name="day"/>: placed by then and not yet released.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when it stands.</returns>
    public bool IsActiveOn(LocalDate day) => PlacedOn <= day && (ReleasedOn is not { } released || day < released);

    /// <summary>Whether the hold covers a document.</summary>
    /// <param name="documentNumber">Its number.</param>
    /// <param name="recordType">Its record type.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(string documentNumber, string recordType) =>
        DocumentNumbers.Contains(documentNumber) || (recordType.Length > 0 && RecordTypes.Contains(recordType));

    /// <inheritdoc />
    public bool Equals(LegalHold? other) => other is not null && Id == other.Id && Reason == other.Reason && PlacedOn == other.PlacedOn && ReleasedOn == other.ReleasedOn
        && DocumentNumbers.SetEquals(other.DocumentNumbers) && RecordTypes.SetEquals(other.RecordTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Reason, DocumentNumbers.Count, RecordTypes.Count);
}
