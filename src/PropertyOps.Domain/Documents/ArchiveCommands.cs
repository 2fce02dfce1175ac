using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

// The archive's requests form one closed union and share this file, as its records share ArchiveEvents.cs.
namespace PropertyOps.Domain.Documents;

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
