using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

// The archive's records form one closed union and share this file.
namespace PropertyOps.Domain.Documents;

/// <summary>A record in the archive's registers: what was done, by whom, when, under which request (for the audit, D5–D11).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="CommandId">The request's idempotency key.</param>
public abstract record ArchiveEvent(Instant At, Actor Actor, string CommandId);

/// <summary>A document was filed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Document">The document.</param>
public sealed record DocumentRegistered(Instant At, Actor Actor, string CommandId, Document Document) : ArchiveEvent(At, Actor, CommandId);

/// <summary>Copies were distributed to a department (文件分发登记表, D5).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Recipient">The department.</param>
/// <param name="DistributionNumbers">The distribution numbers given.</param>
/// <param name="SignedBy">The recipient who signed for them.</param>
public sealed record CopiesDistributed(Instant At, Actor Actor, string CommandId, string Number, string Version, string Recipient, ImmutableArray<int> DistributionNumbers, Actor SignedBy) : ArchiveEvent(At, Actor, CommandId);

/// <summary>Copies sent by mistake were recalled (误发时应立即追回, D5).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="DistributionNumbers">The copies recalled.</param>
/// <param name="Reason">Why.</param>
public sealed record CopiesRecalled(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> DistributionNumbers, string Reason) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A loan or reading was granted (文件、资料借阅登记表, D6, D7).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="LoanId">The loan.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Requester">Who borrowed or read it.</param>
/// <param name="Purpose">Borrow, or read on site.</param>
/// <param name="DueOn">When it is due back.</param>
/// <param name="Approvals">The approvals it rested on.</param>
/// <param name="Rule">The rule that allowed it.</param>
public sealed record LoanGranted(Instant At, Actor Actor, string CommandId, string LoanId, string Number, string Version, Requester Requester, LoanPurpose Purpose, LocalDate DueOn, ImmutableArray<Approval> Approvals, RuleId Rule) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A loan came back and was checked (D6).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who checked it.</param>
/// <param name="CommandId">The request.</param>
/// <param name="LoanId">The loan.</param>
/// <param name="Condition">Intact or damaged.</param>
/// <param name="DamageCause">The cause of damage (empty when intact).</param>
/// <param name="Late">Whether it came back after its due day.</param>
public sealed record LoanReturned(Instant At, Actor Actor, string CommandId, string LoanId, ReturnCondition Condition, string DamageCause, bool Late) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A document was copied (文件复印登记表, D8).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who copied it.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Copies">How many copies.</param>
/// <param name="Approvals">The approvals it rested on.</param>
public sealed record DocumentCopied(Instant At, Actor Actor, string CommandId, string Number, string Version, int Copies, ImmutableArray<Approval> Approvals) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A copy was reissued (文件补发申请表, D9): the old distribution number is withdrawn, the new one continues the sequence.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Replaced">The distribution number replaced.</param>
/// <param name="NewNumber">The new distribution number.</param>
/// <param name="Reason">Damaged or lost.</param>
/// <param name="Approvals">The approvals it rested on.</param>
public sealed record CopyReissued(Instant At, Actor Actor, string CommandId, string Number, string Version, int Replaced, int NewNumber, ReissueReason Reason, ImmutableArray<Approval> Approvals) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A document was voided (作废, D10): the copies kept are stamped VOID, the others are to be destroyed, and every department is notified in writing.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="Kept">The copies kept on file, stamped VOID.</param>
/// <param name="ToDestroy">The other copies, to be destroyed.</param>
/// <param name="Notices">The departments given the written void notice.</param>
/// <param name="Approvals">The approvals it rested on.</param>
public sealed record DocumentVoided(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> Kept, ImmutableArray<int> ToDestroy, ImmutableArray<string> Notices, ImmutableArray<Approval> Approvals) : ArchiveEvent(At, Actor, CommandId)
{
    /// <summary>The written void notice (作废声明) each department receives, in Chinese and English.</summary>
    /// <returns>The notice.</returns>
    public string NoticeText() =>
        $"作废声明：文件 {Number}（版本 {Version}）自 {At.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} 起作废，请停止使用，防止误用。 / Void notice: document {Number} (version {Version}) is void; stop using it.";
}

/// <summary>Copies were destroyed (作废、销毁文件登记表, D10): number, version, distribution numbers, and the two people.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Number">The document number.</param>
/// <param name="Version">The version.</param>
/// <param name="DistributionNumbers">The copies destroyed (0 stands for the original).</param>
/// <param name="Executor">Who destroyed them.</param>
/// <param name="Supervisor">Who supervised.</param>
/// <param name="Approvals">The approvals it rested on.</param>
public sealed record DocumentDestroyed(Instant At, Actor Actor, string CommandId, string Number, string Version, ImmutableArray<int> DistributionNumbers, Actor Executor, Actor Supervisor, ImmutableArray<Approval> Approvals) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A legal hold was placed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="Hold">The hold.</param>
public sealed record HoldPlaced(Instant At, Actor Actor, string CommandId, LegalHold Hold) : ArchiveEvent(At, Actor, CommandId);

/// <summary>A legal hold was released.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CommandId">The request.</param>
/// <param name="HoldId">The hold.</param>
/// <param name="ReleasedOn">The day it was released, in the estate's zone.</param>
public sealed record HoldReleased(Instant At, Actor Actor, string CommandId, string HoldId, LocalDate ReleasedOn) : ArchiveEvent(At, Actor, CommandId);
