namespace PropertyOps.Domain.Complaints;

/// <summary>
/// The kind of a <see cref="ComplaintEvent"/>, as deadline rules name the events that start and stop their clocks.
/// A <see cref="WrittenReportFiled"/> event has one kind per report level.
/// </summary>
public enum ComplaintEventKind
{
    /// <summary><see cref="ComplaintReceived"/>.</summary>
    Received = 1,

    /// <summary><see cref="RegisteredAtFrontDesk"/>.</summary>
    RegisteredAtFrontDesk = 2,

    /// <summary><see cref="ComplaintAssessed"/>.</summary>
    Assessed = 3,

    /// <summary><see cref="DispatchedToDepartment"/>.</summary>
    DispatchedToDepartment = 4,

    /// <summary><see cref="DelayReported"/>.</summary>
    DelayReported = 5,

    /// <summary><see cref="ComplaintResolved"/>.</summary>
    Resolved = 6,

    /// <summary><see cref="FeedbackGivenToFrontDesk"/>.</summary>
    FeedbackGivenToFrontDesk = 7,

    /// <summary><see cref="ResolutionVerified"/>.</summary>
    ResolutionVerified = 8,

    /// <summary><see cref="ComplainantRevisited"/>.</summary>
    ComplainantRevisited = 9,

    /// <summary><see cref="ComplaintClosed"/>.</summary>
    Closed = 10,

    /// <summary><see cref="ExplanationGiven"/>.</summary>
    ExplanationGiven = 11,

    /// <summary><see cref="ExplanationAccepted"/>.</summary>
    ExplanationAccepted = 12,

    /// <summary><see cref="ComplainantNotPersuaded"/>.</summary>
    ComplainantNotPersuaded = 13,

    /// <summary><see cref="CoordinatedByDepartmentHead"/>.</summary>
    CoordinatedByDepartmentHead = 14,

    /// <summary><see cref="DepartmentNotified"/>.</summary>
    DepartmentNotified = 15,

    /// <summary><see cref="EscalatedToCompanyLeader"/>.</summary>
    EscalatedToCompanyLeader = 16,

    /// <summary><see cref="WrittenReportFiled"/> at <see cref="ReportLevel.OfficeHead"/> level (C7).</summary>
    OfficeHeadReportFiled = 17,

    /// <summary><see cref="WrittenReportFiled"/> at <see cref="ReportLevel.CompanyLeader"/> level (C8).</summary>
    CompanyLeaderReportFiled = 18,

    /// <summary><see cref="EscalatedToBoardDirector"/>.</summary>
    EscalatedToBoardDirector = 19,

    /// <summary><see cref="FirstContactInformed"/>.</summary>
    FirstContactInformed = 20,

    /// <summary><see cref="EngineerArrived"/>.</summary>
    EngineerArrived = 21,

    /// <summary><see cref="WrittenReplySent"/>.</summary>
    WrittenReplySent = 22,

    /// <summary><see cref="ComplainantCalledBack"/>.</summary>
    ComplainantCalledBack = 23,

    /// <summary><see cref="ComplaintInvestigated"/>.</summary>
    Investigated = 24,

    /// <summary><see cref="ReferredToOfficeDirector"/>.</summary>
    ReferredToOfficeDirector = 25,

    /// <summary><see cref="ComplainantUnavailable"/>.</summary>
    ComplainantUnavailable = 26,

    /// <summary><see cref="ComplainantAvailable"/>.</summary>
    ComplainantAvailable = 27,

    /// <summary><see cref="OfficeCannotResolve"/> (the condition of the C7 escalation).</summary>
    OfficeCannotResolve = 28,

    /// <summary><see cref="LeaderCannotCoordinate"/> (the condition of the C8 call to the board).</summary>
    LeaderCannotCoordinate = 29,

    /// <summary><see cref="AppointmentRescheduled"/> (C20).</summary>
    AppointmentRescheduled = 30,

    /// <summary><see cref="ClosedByDirectorDecision"/> (C12).</summary>
    ClosedByDirectorDecision = 31,

    /// <summary>
    /// The start of a later handling cycle: an unsatisfied <see cref="ComplainantRevisited"/> reopens the complaint. No
    /// event has this kind; deadline rules name it to start a cycle's clocks (the front desk must dispatch again, C3).
    /// </summary>
    Reopened = 32,

    /// <summary><see cref="RecordConfirmed"/> (C14).</summary>
    RecordConfirmed = 33,

    /// <summary><see cref="FirstContactResponded"/> (C9).</summary>
    FirstContactResponded = 34,

    /// <summary><see cref="WrittenReplyAcknowledged"/> (C17).</summary>
    WrittenReplyAcknowledged = 35,
}
