using NodaTime;

// The complaint's events form one closed union that is read, versioned and serialised together, so they share
// this file (like a discriminated union) instead of one file each. Each is immutable, in the past tense, and
// carries the instant it happened at and the actor (an employee id and role, never a name).
namespace PropertyOps.Domain.Complaints;

/// <summary>Something that happened to a complaint: the durable record (events are the record, docs/design.md).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <remarks>
/// Events check the same field invariants as the commands that produce them (instants in 1900–2149, text limits,
/// household counts, deadlines after their record, appointments not before receipt, employee ids that are not phone
/// numbers), so a reader of stored events refuses exactly what <see cref="Complaint.Decide(ComplaintCommand, ComplaintState, ComplaintPolicy)"/> would never produce; a
/// violation throws the <see cref="System.ArgumentException"/> family naming the field.
/// </remarks>
public abstract record ComplaintEvent(Instant At, Actor Actor)
{
    private readonly string? _commandId;

    /// <summary>When it happened; in the supported years 1900–2149.</summary>
    public Instant At { get; } = ComplaintInvariants.At(At);

    /// <summary>Who did it.</summary>
    public Actor Actor { get; } = ComplaintInvariants.Actor(Actor);

    /// <summary>The idempotency key of the command that recorded it, if it had one (see <see cref="ComplaintCommand.CommandId"/>).</summary>
    /// <exception cref="System.ArgumentException">The key is malformed.</exception>
    public string? CommandId
    {
        get => _commandId;
        init => _commandId = ComplaintInvariants.CommandId(value, nameof(CommandId));
    }

    /// <summary>The kind of event, as deadline rules refer to it.</summary>
    public abstract ComplaintEventKind Kind { get; }
}

/// <summary>A complaint or repair request was received and recorded by its first contact (首问责任人). Rules C1, C9, C16, C20.</summary>
/// <param name="At">When it was received.</param>
/// <param name="Actor">The employee who received it: the first contact (C9).</param>
/// <param name="ComplaintId">The complaint's number.</param>
/// <param name="Complainant">Who complained (name, unit, phone).</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="Category">The C15/C16 category.</param>
/// <param name="Households">How many households complain together (≥ 3 makes it major, C16).</param>
/// <param name="Appointment">For a repair order, the agreed visit time (预约维修时间, C20).</param>
/// <param name="AgainstEmployee">The employee id the complaint is about, if it is about someone (C21 ranks them).</param>
public sealed record ComplaintReceived(
    Instant At,
    Actor Actor,
    ComplaintId ComplaintId,
    Complainant Complainant,
    string Subject,
    Channel Channel,
    ComplaintCategory Category,
    int Households,
    Instant? Appointment,
    string? AgainstEmployee = null) : ComplaintEvent(At, Actor)
{
    /// <summary>The complaint's number.</summary>
    public ComplaintId ComplaintId { get; } = ComplaintInvariants.Id(ComplaintId);

    /// <summary>Who complained.</summary>
    public Complainant Complainant { get; } = ComplaintInvariants.NotNull(Complainant);

    /// <summary>What it is about (at most <see cref="ComplaintCommand.MaxSubjectLength"/> characters).</summary>
    public string Subject { get; } = ComplaintInvariants.Subject(Subject);

    /// <summary>How it arrived.</summary>
    public Channel Channel { get; } = ComplaintInvariants.Defined(Channel);

    /// <summary>The C15/C16 category.</summary>
    public ComplaintCategory Category { get; } = ComplaintInvariants.Defined(Category);

    /// <summary>How many households complain together (1 to <see cref="ComplaintCommand.MaxHouseholds"/>).</summary>
    public int Households { get; } = ComplaintInvariants.Households(Households);

    /// <summary>For a repair order, the agreed visit time: required, and not before the receipt (C20).</summary>
    public Instant? Appointment { get; } = ComplaintInvariants.ReceiptAppointment(Appointment, At, Channel);

    /// <summary>The employee id the complaint is about, if any.</summary>
    public string? AgainstEmployee { get; } = ComplaintInvariants.EmployeeId(AgainstEmployee);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.Received;
}

/// <summary>The receiver passed the complaint to the customer-centre front desk (C2).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
public sealed record RegisteredAtFrontDesk(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.RegisteredAtFrontDesk;
}

/// <summary>The front desk verified and classed the complaint and set its handling deadline (限期处理, C3, C14).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
/// <param name="Class">The class.</param>
/// <param name="HandlingDeadline">When the department must have handled it.</param>
public sealed record ComplaintAssessed(Instant At, Actor Actor, ComplaintClass Class, Instant HandlingDeadline) : ComplaintEvent(At, Actor)
{
    /// <summary>The class.</summary>
    public ComplaintClass Class { get; } = ComplaintInvariants.Defined(Class);

    /// <summary>When the department must have handled it: later than the assessment (C3).</summary>
    public Instant HandlingDeadline { get; } = ComplaintInvariants.Later(HandlingDeadline, At);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.Assessed;
}

/// <summary>The front desk dispatched the complaint to the responsible department (C3).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
/// <param name="Department">The department.</param>
public sealed record DispatchedToDepartment(Instant At, Actor Actor, Department Department) : ComplaintEvent(At, Actor)
{
    /// <summary>The department.</summary>
    public Department Department { get; } = ComplaintInvariants.NotNull(Department);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.DispatchedToDepartment;
}

/// <summary>The department reported that it cannot finish by the deadline and promised a new time (C5).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
/// <param name="NewPromisedAt">The new promised time.</param>
/// <param name="Reason">Why.</param>
public sealed record DelayReported(Instant At, Actor Actor, Instant NewPromisedAt, string Reason) : ComplaintEvent(At, Actor)
{
    /// <summary>The new promised time: later than the report (C5).</summary>
    public Instant NewPromisedAt { get; } = ComplaintInvariants.Later(NewPromisedAt, At);

    /// <summary>Why.</summary>
    public string Reason { get; } = ComplaintInvariants.Text(Reason);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.DelayReported;
}

/// <summary>The department resolved the complaint.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
/// <param name="Outcome">What was done.</param>
public sealed record ComplaintResolved(Instant At, Actor Actor, string Outcome) : ComplaintEvent(At, Actor)
{
    /// <summary>What was done.</summary>
    public string Outcome { get; } = ComplaintInvariants.Text(Outcome);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.Resolved;
}

/// <summary>The department fed the result back to the front desk (C6).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
public sealed record FeedbackGivenToFrontDesk(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.FeedbackGivenToFrontDesk;
}

/// <summary>The result was verified (跟进验证) — for major matters by the developer's customer service and the company (C8).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who verified.</param>
public sealed record ResolutionVerified(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ResolutionVerified;
}

/// <summary>The complainant was revisited (回访) and said whether they are satisfied (C6, C13).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who revisited.</param>
/// <param name="Satisfied">Whether the complainant is satisfied; if not, the complaint is reopened.</param>
/// <param name="Remarks">What the complainant said.</param>
public sealed record ComplainantRevisited(Instant At, Actor Actor, bool Satisfied, string? Remarks) : ComplaintEvent(At, Actor)
{
    /// <summary>What the complainant said.</summary>
    public string? Remarks { get; } = ComplaintInvariants.OptionalText(Remarks);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ComplainantRevisited;
}

/// <summary>The complaint was closed; the complainant confirmed the record (C14).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who closed it.</param>
public sealed record ComplaintClosed(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.Closed;
}

/// <summary>An unreasonable complaint was explained patiently to the complainant (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The customer centre's staff.</param>
public sealed record ExplanationGiven(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ExplanationGiven;
}

/// <summary>The complainant accepted the explanation (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
public sealed record ExplanationAccepted(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ExplanationAccepted;
}

/// <summary>The complainant was not persuaded by the explanation (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
public sealed record ComplainantNotPersuaded(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ComplainantNotPersuaded;
}

/// <summary>The department head stepped in and coordinated a solution (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department head.</param>
/// <param name="Outcome">What was agreed.</param>
public sealed record CoordinatedByDepartmentHead(Instant At, Actor Actor, string Outcome) : ComplaintEvent(At, Actor)
{
    /// <summary>What was agreed.</summary>
    public string Outcome { get; } = ComplaintInvariants.Text(Outcome);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.CoordinatedByDepartmentHead;
}

/// <summary>For an emergency or major matter, the receiver or front desk notified the department (C7: within 3 minutes).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The receiver or front desk.</param>
/// <param name="Department">The department notified.</param>
public sealed record DepartmentNotified(Instant At, Actor Actor, Department Department) : ComplaintEvent(At, Actor)
{
    /// <summary>The department notified.</summary>
    public Department Department { get; } = ComplaintInvariants.NotNull(Department);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.DepartmentNotified;
}

/// <summary>The management-office head reported the matter to the company's leader (C7: within 5 minutes).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office head.</param>
public sealed record EscalatedToCompanyLeader(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.EscalatedToCompanyLeader;
}

/// <summary>A written report on a major matter was filed (C7: office head within 24 h; C8: company leader within 48 h).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who filed it.</param>
/// <param name="Level">Whose report it is.</param>
public sealed record WrittenReportFiled(Instant At, Actor Actor, ReportLevel Level) : ComplaintEvent(At, Actor)
{
    /// <summary>Whose report it is.</summary>
    public ReportLevel Level { get; } = ComplaintInvariants.Defined(Level);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => Level == ReportLevel.OfficeHead ? ComplaintEventKind.OfficeHeadReportFiled : ComplaintEventKind.CompanyLeaderReportFiled;
}

/// <summary>The company leader phoned a board director (C8: within 10 minutes).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The company leader.</param>
public sealed record EscalatedToBoardDirector(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.EscalatedToBoardDirector;
}

/// <summary>The customer centre told the first contact that handling is finished (C9: within 2 hours).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk.</param>
public sealed record FirstContactInformed(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.FirstContactInformed;
}

/// <summary>Engineering arrived for a repair call-out (C19: within 15 minutes at the latest).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The engineer.</param>
public sealed record EngineerArrived(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.EngineerArrived;
}

/// <summary>A written reply stating the result was sent after the resolution (C17: a written complaint gets a written reply).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who sent it.</param>
/// <param name="Result">The result it states.</param>
public sealed record WrittenReplySent(Instant At, Actor Actor, string Result) : ComplaintEvent(At, Actor)
{
    /// <summary>The result it states.</summary>
    public string Result { get; } = ComplaintInvariants.Text(Result);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.WrittenReplySent;
}

/// <summary>The complainant was called back (C18: before the end of that working day).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who called.</param>
public sealed record ComplainantCalledBack(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ComplainantCalledBack;
}

/// <summary>The visit or complaint was investigated and verified (C12: the same day).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who investigated.</param>
/// <param name="Findings">What was found.</param>
public sealed record ComplaintInvestigated(Instant At, Actor Actor, string Findings) : ComplaintEvent(At, Actor)
{
    /// <summary>What was found.</summary>
    public string Findings { get; } = ComplaintInvariants.Text(Findings);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.Investigated;
}

/// <summary>What could not be resolved was referred to the office director, who decides (C12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who referred it.</param>
public sealed record ReferredToOfficeDirector(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ReferredToOfficeDirector;
}

/// <summary>The complaint waits on the complainant (e.g. the owner is not at home); deadlines that allow it pause.</summary>
/// <param name="At">When the wait began.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Reason">Why.</param>
public sealed record ComplainantUnavailable(Instant At, Actor Actor, string Reason) : ComplaintEvent(At, Actor)
{
    /// <summary>Why.</summary>
    public string Reason { get; } = ComplaintInvariants.Text(Reason);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ComplainantUnavailable;
}

/// <summary>The wait on the complainant ended.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
public sealed record ComplainantAvailable(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ComplainantAvailable;
}

/// <summary>
/// The management-office head recorded that the office cannot resolve this major matter (遇不能解决之重要重大事项): the
/// condition that makes the report to the company's leader within 5 minutes of receipt owed (C7).
/// </summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office head.</param>
public sealed record OfficeCannotResolve(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.OfficeCannotResolve;
}

/// <summary>
/// The company leader recorded that they cannot coordinate this matter (遇不能协调解决的): the condition that makes the
/// call to a board director within 10 minutes owed (C8).
/// </summary>
/// <param name="At">When.</param>
/// <param name="Actor">The company leader.</param>
public sealed record LeaderCannotCoordinate(Instant At, Actor Actor) : ComplaintEvent(At, Actor)
{
    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.LeaderCannotCoordinate;
}

/// <summary>A repair order's appointment was moved, e.g. because the owner was not at home at the agreed time (C20).</summary>
/// <param name="At">When it was agreed.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="NewAppointment">The new visit time: not before this record; the new due time of the visit.</param>
/// <param name="Reason">Why.</param>
public sealed record AppointmentRescheduled(Instant At, Actor Actor, Instant NewAppointment, string Reason) : ComplaintEvent(At, Actor)
{
    /// <summary>The new visit time: not before this record.</summary>
    public Instant NewAppointment { get; } = ComplaintInvariants.Appointment(NewAppointment, At) ?? NewAppointment;

    /// <summary>Why.</summary>
    public string Reason { get; } = ComplaintInvariants.Text(Reason);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.AppointmentRescheduled;
}

/// <summary>The office director decided a matter referred to them and closed the complaint on that decision (C12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office director.</param>
/// <param name="Decision">What the director decided.</param>
public sealed record ClosedByDirectorDecision(Instant At, Actor Actor, string Decision) : ComplaintEvent(At, Actor)
{
    /// <summary>What the director decided.</summary>
    public string Decision { get; } = ComplaintInvariants.Text(Decision);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.ClosedByDirectorDecision;
}

/// <summary>The complainant confirmed the complaint's record (由客户确认后收回存档, C14); closing requires it.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The complainant, or the employee who recorded it on their behalf.</param>
/// <param name="Method">How it was confirmed.</param>
/// <param name="Reference">The form number, call or message id.</param>
public sealed record RecordConfirmed(Instant At, Actor Actor, ConfirmationMethod Method, string Reference) : ComplaintEvent(At, Actor)
{
    /// <summary>How it was confirmed.</summary>
    public ConfirmationMethod Method { get; } = ComplaintInvariants.Defined(Method);

    /// <summary>The form number, call or message id.</summary>
    public string Reference { get; } = ComplaintInvariants.Reference(Reference);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.RecordConfirmed;
}

/// <summary>The owner acknowledged the written reply stating the result (取得业户的认可, C17).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The complainant, or the employee who recorded it on their behalf.</param>
/// <param name="Method">How it was acknowledged.</param>
/// <param name="Reference">The form number, call or message id.</param>
public sealed record WrittenReplyAcknowledged(Instant At, Actor Actor, ConfirmationMethod Method, string Reference) : ComplaintEvent(At, Actor)
{
    /// <summary>How it was acknowledged.</summary>
    public ConfirmationMethod Method { get; } = ComplaintInvariants.Defined(Method);

    /// <summary>The form number, call or message id.</summary>
    public string Reference { get; } = ComplaintInvariants.Reference(Reference);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.WrittenReplyAcknowledged;
}

/// <summary>The first contact took the matter on or redirected the visitor, naming the responsible person or department (C9).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The first contact.</param>
/// <param name="Action">Accepted or redirected.</param>
/// <param name="NamedResponsible">For a redirect, who was named; null if no one was.</param>
public sealed record FirstContactResponded(Instant At, Actor Actor, FirstContactAction Action, string? NamedResponsible) : ComplaintEvent(At, Actor)
{
    /// <summary>Accepted or redirected.</summary>
    public FirstContactAction Action { get; } = ComplaintInvariants.Defined(Action);

    /// <summary>For a redirect, who was named.</summary>
    public string? NamedResponsible { get; } = ComplaintInvariants.Named(NamedResponsible);

    /// <inheritdoc />
    public override ComplaintEventKind Kind => ComplaintEventKind.FirstContactResponded;
}
