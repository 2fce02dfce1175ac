using NodaTime;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// The state of one complaint: the fold of its events (<see cref="Complaint.Evolve"/>). Immutable, with value
/// equality, so replaying the stored events gives an equal state. Its <see cref="ToString"/> masks personal data.
/// </summary>
public sealed record ComplaintState
{
    /// <summary>The state before anything is recorded.</summary>
    public static ComplaintState Empty { get; } = new();

    /// <summary>The complaint's number.</summary>
    public ComplaintId Id { get; init; }

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status { get; init; }

    /// <summary>Who complained (C1).</summary>
    public Complainant? Complainant { get; init; }

    /// <summary>What it is about.</summary>
    public string? Subject { get; init; }

    /// <summary>How it arrived.</summary>
    public Channel Channel { get; init; }

    /// <summary>The C15/C16 category.</summary>
    public ComplaintCategory Category { get; init; }

    /// <summary>How many households complain together.</summary>
    public int Households { get; init; }

    /// <summary>The first contact (首问责任人, C9): the employee who received it.</summary>
    public Actor FirstContact { get; init; }

    /// <summary>When it was received.</summary>
    public Instant ReceivedAt { get; init; }

    /// <summary>When the latest event happened.</summary>
    public Instant LastEventAt { get; init; }

    /// <summary>How many events have been folded.</summary>
    public int Version { get; init; }

    /// <summary>The employee id the complaint is about, if any (C21).</summary>
    public string? AgainstEmployee { get; init; }

    /// <summary>For a repair order, the appointment in effect: the latest agreed (C20).</summary>
    public Instant? Appointment { get; init; }

    /// <summary>The least class its category and household count allow (C7, C16).</summary>
    public ComplaintClass MinimumClass { get; init; }

    /// <summary>
    /// The facts its deadlines depend on (the current cycle's class, deadline, promise, resolution and department, the
    /// appointment, the conditions C7 and C8 wait for, closure, the open wait), folded by the same scan the deadline engine
    /// runs. The properties below that share a name with a fact read it from here.
    /// </summary>
    public ComplaintFacts Facts { get; init; }

    /// <summary>The class set by the front desk (C3), if assessed (<see cref="ComplaintFacts.Cycle"/>).</summary>
    public ComplaintClass? Class => Facts.Cycle.Class;

    /// <summary>The handling deadline set by the front desk (C3) (<see cref="ComplaintFacts.Cycle"/>).</summary>
    public Instant? HandlingDeadline => Facts.Cycle.HandlingDeadline;

    /// <summary>The department it was last dispatched to, or notified (C3, C7).</summary>
    public Department? Department { get; init; }

    /// <summary>The latest time the department promised after a delay (C5).</summary>
    public Instant? PromisedAt { get; init; }

    /// <summary>How many times it was dispatched (a reopened complaint is dispatched again).</summary>
    public int DispatchCount { get; init; }

    /// <summary>The handling cycle (1 for the first handling; each unsatisfied revisit that reopens the complaint starts the next).</summary>
    public int Cycle => Facts.CycleNumber;

    /// <summary>Whether the office head recorded that the office cannot resolve the matter (C7's condition).</summary>
    public bool OfficeCannotResolve => Facts.OfficeCannotResolve;

    /// <summary>Whether the company leader recorded that they cannot coordinate the matter (C8's condition).</summary>
    public bool LeaderCannotCoordinate => Facts.LeaderCannotCoordinate;

    /// <summary>Whether the complaint was closed on the office director's decision (C12).</summary>
    public bool ClosedByDirector { get; init; }

    /// <summary>How many revisits were made.</summary>
    public int RevisitCount { get; init; }

    /// <summary>Whether the complainant said they were satisfied at the latest revisit.</summary>
    public bool? LastRevisitSatisfied { get; init; }

    /// <summary>Whether the department was notified of an emergency or major matter (C7).</summary>
    public bool DepartmentNotified { get; init; }

    /// <summary>Whether the matter was reported to the company's leader (C7).</summary>
    public bool EscalatedToCompanyLeader { get; init; }

    /// <summary>Whether the matter was reported to a board director (C8).</summary>
    public bool EscalatedToBoardDirector { get; init; }

    /// <summary>Whether the office head's written report was filed (C7).</summary>
    public bool OfficeHeadReportFiled { get; init; }

    /// <summary>Whether the company leader's written report was filed (C8).</summary>
    public bool CompanyLeaderReportFiled { get; init; }

    /// <summary>What the first contact did (C9), once recorded.</summary>
    public FirstContactAction? FirstContactResponse { get; init; }

    /// <summary>Whether the first contact was told, in the current cycle, that handling is finished (C9).</summary>
    public bool FirstContactInformed { get; init; }

    /// <summary>Whether the complainant confirmed the record in the current cycle (C14), and how.</summary>
    public ConfirmationMethod? RecordConfirmedBy { get; init; }

    /// <summary>Whether a written reply stating the current cycle's result was sent (C17).</summary>
    public bool WrittenReplySent { get; init; }

    /// <summary>Whether the owner acknowledged the current cycle's written reply (C17).</summary>
    public bool WrittenReplyAcknowledged { get; init; }

    /// <summary>Whether the complainant was called back (C18).</summary>
    public bool CalledBack { get; init; }

    /// <summary>When engineering arrived on the call-out in the current cycle (C19, C20).</summary>
    public Instant? EngineerArrivedAt { get; init; }

    /// <summary>Whether the investigation was recorded (C12).</summary>
    public bool Investigated { get; init; }

    /// <summary>Whether it was referred to the office director (C12).</summary>
    public bool ReferredToOfficeDirector { get; init; }

    /// <summary>The idempotency keys of the commands recorded so far (retries of these record nothing).</summary>
    public PropertyOps.Domain.Common.CommandIdSet CommandIds { get; init; } = PropertyOps.Domain.Common.CommandIdSet.Empty;

    /// <summary>Whether it is waiting on the complainant now (a wait still open at closure ends with it).</summary>
    public bool WaitingOnComplainant => Facts.WaitingSince is not null && Status != ComplaintStatus.Closed;

    /// <summary>The class that governs its path: the assessed class, else the minimum class its category implies.</summary>
    public ComplaintClass EffectiveClass => Class ?? (MinimumClass >= ComplaintClass.Major ? MinimumClass : ComplaintClass.General);

    /// <summary>Whether it follows the emergency/major path (C7, C8, C16).</summary>
    public bool IsMajorMatter => EffectiveClass >= ComplaintClass.Major;

    /// <summary>Whether it has been received.</summary>
    public bool Exists => Status != ComplaintStatus.None;

    /// <summary>
    /// Whether the current cycle's handling is on record — resolved (and fed back, verified or revisited), or an unreasonable
    /// complaint's explanation accepted or coordinated — so that the record of the complaint (投诉的事项、处理过程及结果) exists
    /// for the complainant to confirm (C14) and its result can be stated in writing (C17).
    /// </summary>
    public bool HandlingRecorded => Status is ComplaintStatus.Resolved or ComplaintStatus.FeedbackGiven or ComplaintStatus.Verified
        or ComplaintStatus.Revisited or ComplaintStatus.ExplanationAccepted or ComplaintStatus.CoordinatedByDepartmentHead;
}
