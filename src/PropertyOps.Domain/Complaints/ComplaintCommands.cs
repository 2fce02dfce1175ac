using System;
using NodaTime;

// The commands a complaint accepts form one closed union, like its events, and share this file. Each validates its
// own arguments when it is created (blank or over-long text, unknown enum values, missing values throw the
// ArgumentException family naming the parameter); the business rules are checked by Complaint.Decide.
namespace PropertyOps.Domain.Complaints;

/// <summary>A request to change a complaint, made by <paramref name="Actor"/> at <paramref name="At"/>.</summary>
/// <param name="At">When the action happens (commands carry their instant; nothing reads a clock).</param>
/// <param name="Actor">Who acts.</param>
/// <remarks>
/// <para>Limits shared with the events (and so with every reader of stored events): instants lie in 1900–2149; a
/// subject has at most <see cref="MaxSubjectLength"/> characters and other free text (outcomes, reasons, findings,
/// remarks) at most <see cref="MaxTextLength"/>; text is trimmed, not blank, well-formed (no unpaired surrogates) and free
/// of control characters other than line breaks and tabs; at most <see cref="MaxHouseholds"/> households.</para>
/// <para>Retries: give a command a <see cref="CommandId"/> (an idempotency key) and it is carried into its event; a
/// command whose key is already in the history is accepted as a no-op that records nothing.</para>
/// </remarks>
public abstract record ComplaintCommand(Instant At, Actor Actor)
{
    /// <summary>The longest free text accepted in a record other than the subject (outcomes, reasons, findings, remarks).</summary>
    public const int MaxTextLength = 500;

    /// <summary>The longest subject accepted.</summary>
    public const int MaxSubjectLength = 2_000;

    /// <summary>The most households one complaint can be made by together.</summary>
    public const int MaxHouseholds = 100_000;

    private readonly string? _commandId;

    /// <summary>When the action happens; in the supported years 1900–2149.</summary>
    public Instant At { get; } = ComplaintInvariants.At(At);

    /// <summary>Who acts.</summary>
    public Actor Actor { get; } = ComplaintInvariants.Actor(Actor);

    /// <summary>
    /// The idempotency key of this command (1–64 letters, digits, '-', '_', '.' or ':'), carried into its event: a command
    /// retried with the same key after a time-out records nothing twice.
    /// </summary>
    /// <exception cref="ArgumentException">The key is malformed.</exception>
    public string? CommandId
    {
        get => _commandId;
        init => _commandId = ComplaintInvariants.CommandId(value, nameof(CommandId));
    }

    private protected static string Text(string value, string name) => ComplaintInvariants.Text(value, name);
}

/// <summary>Receive a complaint or repair request (C1); the actor becomes its first contact (C9).</summary>
/// <param name="At">When it is received.</param>
/// <param name="Actor">The employee who receives it.</param>
/// <param name="ComplaintId">The complaint's number.</param>
/// <param name="Complainant">Who complains.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="Category">The C15/C16 category.</param>
/// <param name="Households">How many households complain together, at least 1.</param>
/// <param name="Appointment">For a repair order, the agreed visit time (C20).</param>
/// <param name="AgainstEmployee">The employee id the complaint is about, if any (C21).</param>
public sealed record ReceiveComplaint(
    Instant At,
    Actor Actor,
    ComplaintId ComplaintId,
    Complainant Complainant,
    string Subject,
    Channel Channel,
    ComplaintCategory Category,
    int Households = 1,
    Instant? Appointment = null,
    string? AgainstEmployee = null) : ComplaintCommand(At, Actor)
{
    /// <summary>The employee id the complaint is about, if any.</summary>
    public string? AgainstEmployee { get; } = ComplaintInvariants.EmployeeId(AgainstEmployee);

    /// <summary>The complaint's number.</summary>
    public ComplaintId ComplaintId { get; } = ComplaintInvariants.Id(ComplaintId);

    /// <summary>Who complains.</summary>
    public Complainant Complainant { get; } = ComplaintInvariants.NotNull(Complainant);

    /// <summary>What it is about.</summary>
    public string Subject { get; } = ComplaintInvariants.Subject(Subject);

    /// <summary>How it arrived.</summary>
    public Channel Channel { get; } = ComplaintInvariants.Defined(Channel);

    /// <summary>The category.</summary>
    public ComplaintCategory Category { get; } = ComplaintInvariants.Defined(Category);

    /// <summary>How many households complain together.</summary>
    public int Households { get; } = ComplaintInvariants.Households(Households);

    /// <summary>For a repair order, the agreed visit time, in the supported years.</summary>
    public Instant? Appointment { get; } = Appointment is { } a ? ComplaintInvariants.At(a, nameof(Appointment)) : null;
}

/// <summary>Pass the complaint to the customer-centre front desk (C2).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
public sealed record RegisterAtFrontDesk(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Class the complaint and set its handling deadline (C3, C14).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
/// <param name="Class">The class.</param>
/// <param name="HandlingDeadline">When the department must have handled it.</param>
public sealed record AssessComplaint(Instant At, Actor Actor, ComplaintClass Class, Instant HandlingDeadline) : ComplaintCommand(At, Actor)
{
    /// <summary>When the department must have handled it, in the supported years (a deadline not after the assessment is refused by C3).</summary>
    public Instant HandlingDeadline { get; } = ComplaintInvariants.At(HandlingDeadline);

    /// <summary>The class.</summary>
    public ComplaintClass Class { get; } = ComplaintInvariants.Defined(Class);
}

/// <summary>Dispatch the complaint to the responsible department (C3).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk clerk.</param>
/// <param name="Department">The department.</param>
public sealed record DispatchToDepartment(Instant At, Actor Actor, Department Department) : ComplaintCommand(At, Actor)
{
    /// <summary>The department.</summary>
    public Department Department { get; } = ComplaintInvariants.NotNull(Department);
}

/// <summary>Tell the front desk the deadline cannot be met, with a new promised time (C5).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
/// <param name="NewPromisedAt">The new promised time.</param>
/// <param name="Reason">Why.</param>
public sealed record ReportDelay(Instant At, Actor Actor, Instant NewPromisedAt, string Reason) : ComplaintCommand(At, Actor)
{
    /// <summary>The new promised time, in the supported years (a time not after the report is refused by C5).</summary>
    public Instant NewPromisedAt { get; } = ComplaintInvariants.At(NewPromisedAt);

    /// <summary>Why.</summary>
    public string Reason { get; } = Text(Reason, nameof(Reason));
}

/// <summary>Record that the department resolved the complaint.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
/// <param name="Outcome">What was done.</param>
public sealed record ResolveComplaint(Instant At, Actor Actor, string Outcome) : ComplaintCommand(At, Actor)
{
    /// <summary>What was done.</summary>
    public string Outcome { get; } = Text(Outcome, nameof(Outcome));
}

/// <summary>Feed the result back to the front desk (C6).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department's staff.</param>
public sealed record GiveFeedbackToFrontDesk(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Verify the result (C8; optional for general complaints).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who verifies.</param>
public sealed record VerifyResolution(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Revisit (回访) the complainant (C6, C13).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who revisits.</param>
/// <param name="Satisfied">Whether the complainant is satisfied.</param>
/// <param name="Remarks">What they said.</param>
public sealed record RevisitComplainant(Instant At, Actor Actor, bool Satisfied, string? Remarks = null) : ComplaintCommand(At, Actor)
{
    /// <summary>What they said.</summary>
    public string? Remarks { get; } = Remarks is null ? null : Text(Remarks, nameof(Remarks));
}

/// <summary>Close the complaint; its record must have been confirmed by the complainant first (<see cref="ConfirmRecord"/>, C14).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who closes it.</param>
public sealed record CloseComplaint(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>
/// Record that the complainant confirmed the complaint's record (由客户确认后收回存档, C14): by the complainant, or by the
/// front desk or staff on their behalf, with how it was confirmed and a reference (form number, call or message id).
/// </summary>
/// <param name="At">When.</param>
/// <param name="Actor">The complainant, or the employee recording it on their behalf.</param>
/// <param name="Method">How it was confirmed.</param>
/// <param name="Reference">The form number, call or message id (1–100 characters, one line).</param>
public sealed record ConfirmRecord(Instant At, Actor Actor, ConfirmationMethod Method, string Reference) : ComplaintCommand(At, Actor)
{
    /// <summary>How it was confirmed.</summary>
    public ConfirmationMethod Method { get; } = ComplaintInvariants.Defined(Method);

    /// <summary>The form number, call or message id.</summary>
    public string Reference { get; } = ComplaintInvariants.Reference(Reference);
}

/// <summary>
/// Record that the owner acknowledged the written reply stating the result (取得业户的认可, C17): by the complainant, or by
/// the front desk or staff on their behalf, with how and a reference.
/// </summary>
/// <param name="At">When.</param>
/// <param name="Actor">The complainant, or the employee recording it on their behalf.</param>
/// <param name="Method">How it was acknowledged.</param>
/// <param name="Reference">The form number, call or message id (1–100 characters, one line).</param>
public sealed record AcknowledgeWrittenReply(Instant At, Actor Actor, ConfirmationMethod Method, string Reference) : ComplaintCommand(At, Actor)
{
    /// <summary>How it was acknowledged.</summary>
    public ConfirmationMethod Method { get; } = ComplaintInvariants.Defined(Method);

    /// <summary>The form number, call or message id.</summary>
    public string Reference { get; } = ComplaintInvariants.Reference(Reference);
}

/// <summary>Explain an unreasonable complaint to the complainant (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The customer centre's staff.</param>
public sealed record ExplainToComplainant(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record that the complainant accepted the explanation (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who records it.</param>
public sealed record RecordExplanationAccepted(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record that the complainant was not persuaded (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who records it.</param>
public sealed record RecordNotPersuaded(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>The department head coordinates a solution (C4).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The department head.</param>
/// <param name="Outcome">What was agreed.</param>
public sealed record CoordinateByDepartmentHead(Instant At, Actor Actor, string Outcome) : ComplaintCommand(At, Actor)
{
    /// <summary>What was agreed.</summary>
    public string Outcome { get; } = Text(Outcome, nameof(Outcome));
}

/// <summary>Notify the department of an emergency or major matter (C7).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The receiver or front desk.</param>
/// <param name="Department">The department.</param>
public sealed record NotifyDepartment(Instant At, Actor Actor, Department Department) : ComplaintCommand(At, Actor)
{
    /// <summary>The department.</summary>
    public Department Department { get; } = ComplaintInvariants.NotNull(Department);
}

/// <summary>Report a major matter the office cannot resolve to the company's leader (C7).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The management-office head.</param>
public sealed record EscalateToCompanyLeader(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>File the written report on a major matter (C7, C8).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who files it.</param>
/// <param name="Level">Whose report it is.</param>
public sealed record FileWrittenReport(Instant At, Actor Actor, ReportLevel Level) : ComplaintCommand(At, Actor)
{
    /// <summary>Whose report it is.</summary>
    public ReportLevel Level { get; } = ComplaintInvariants.Defined(Level);
}

/// <summary>Phone a board director about a matter the company leader cannot coordinate (C8).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The company leader.</param>
public sealed record EscalateToBoardDirector(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Tell the first contact that handling is finished (C9).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The front desk.</param>
public sealed record InformFirstContact(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record engineering's arrival on a repair call-out (C19).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The engineer.</param>
public sealed record RecordEngineerArrival(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Send the written reply that tells the complainant the result (将解决结果书面告之业户, C17); it follows the resolution.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who sends it.</param>
/// <param name="Result">The result it states.</param>
public sealed record SendWrittenReply(Instant At, Actor Actor, string Result) : ComplaintCommand(At, Actor)
{
    /// <summary>The result it states.</summary>
    public string Result { get; } = Text(Result, nameof(Result));
}

/// <summary>Call the complainant back (C18).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who calls.</param>
public sealed record CallBackComplainant(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record the investigation and verification of the visit or complaint (C12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who investigated.</param>
/// <param name="Findings">What was found.</param>
public sealed record RecordInvestigation(Instant At, Actor Actor, string Findings) : ComplaintCommand(At, Actor)
{
    /// <summary>What was found.</summary>
    public string Findings { get; } = Text(Findings, nameof(Findings));
}

/// <summary>Refer what cannot be resolved to the office director (C12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who refers it.</param>
public sealed record ReferToOfficeDirector(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record that the complaint waits on the complainant (e.g. not at home for the repair).</summary>
/// <param name="At">When the wait begins.</param>
/// <param name="Actor">Who records it.</param>
/// <param name="Reason">Why.</param>
public sealed record MarkComplainantUnavailable(Instant At, Actor Actor, string Reason) : ComplaintCommand(At, Actor)
{
    /// <summary>Why.</summary>
    public string Reason { get; } = Text(Reason, nameof(Reason));
}

/// <summary>Record that the wait on the complainant is over.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who records it.</param>
public sealed record MarkComplainantAvailable(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record that the management office cannot resolve this major matter, so it goes to the company's leader (C7).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office head.</param>
public sealed record RecordOfficeCannotResolve(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Record that the company leader cannot coordinate this matter, so it goes to a board director (C8).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The company leader.</param>
public sealed record RecordLeaderCannotCoordinate(Instant At, Actor Actor) : ComplaintCommand(At, Actor);

/// <summary>Move a repair order's appointment to a new time (C20).</summary>
/// <param name="At">When the new time is agreed.</param>
/// <param name="Actor">Who records it.</param>
/// <param name="NewAppointment">The new visit time, not before <paramref name="At"/>.</param>
/// <param name="Reason">Why (e.g. the owner was not at home).</param>
public sealed record RescheduleAppointment(Instant At, Actor Actor, Instant NewAppointment, string Reason) : ComplaintCommand(At, Actor)
{
    /// <summary>The new visit time, in the supported years (a time before the record is refused by C20).</summary>
    public Instant NewAppointment { get; } = ComplaintInvariants.At(NewAppointment);

    /// <summary>Why.</summary>
    public string Reason { get; } = Text(Reason, nameof(Reason));
}

/// <summary>Close a complaint referred to the office director on the director's decision (C12).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The office director.</param>
/// <param name="Decision">What the director decided.</param>
public sealed record CloseByDirectorDecision(Instant At, Actor Actor, string Decision) : ComplaintCommand(At, Actor)
{
    /// <summary>What the director decided.</summary>
    public string Decision { get; } = Text(Decision, nameof(Decision));
}

/// <summary>
/// Record what the first employee contacted did (首问责任制, C9): took the matter on, or redirected the visitor to the
/// responsible person or department — naming who. Only the first contact records it, once. A redirect that names no one
/// is recorded as it happened; it is an accountability finding.
/// </summary>
/// <param name="At">When.</param>
/// <param name="Actor">The first contact.</param>
/// <param name="Action">Accepted or redirected.</param>
/// <param name="NamedResponsible">For a redirect, the person (employee id) or department named; null if none was named.</param>
public sealed record RecordFirstContactResponse(Instant At, Actor Actor, FirstContactAction Action, string? NamedResponsible = null) : ComplaintCommand(At, Actor)
{
    /// <summary>Accepted or redirected.</summary>
    public FirstContactAction Action { get; } = ComplaintInvariants.Defined(Action);

    /// <summary>For a redirect, who was named (an employee id or a department, one line, at most 50 characters).</summary>
    public string? NamedResponsible { get; } = ComplaintInvariants.Named(NamedResponsible);
}
