using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;
using K = PropertyOps.Domain.Complaints.ComplaintEventKind;

namespace PropertyOps.Rules.Presets;

/// <summary>
/// The deadline rules of the customer-service regulation (seed 002 篇2 客户服务管理制度, 000, 001, 004), one property per
/// timed rule of the catalogue (docs/rules.md). Each number appears here once, documented with its rule id; derive a company's policy with
/// <see cref="SlaPolicy.With(string, Allowance)"/>.
/// </summary>
public static class SlaPresets
{
    /// <summary>C2 (002 篇2 §1): the employee who receives a complaint passes it to the front desk within 24 hours (elapsed).</summary>
    public static DeadlineRule FrontDeskRegistration { get; } = Rule(
        "C2.front-desk", "转交客户中心前台", "pass to front desk", [K.Received], [K.RegisteredAtFrontDesk],
        Allowance.Elapsed(Duration.FromHours(24)), EscalationTarget.DepartmentHead);

    /// <summary>
    /// C3 (002 篇2 §2): the front desk dispatches to the responsible department within 12 hours (elapsed); for an
    /// unreasonable complaint, explaining it to the complainant is the handling (C4).
    /// </summary>
    public static DeadlineRule Dispatch { get; } = Rule(
        "C3.dispatch", "传递责任部门", "dispatch to department", [K.RegisteredAtFrontDesk], [K.DispatchedToDepartment, K.ExplanationGiven],
        Allowance.Elapsed(Duration.FromHours(12)), EscalationTarget.OfficeHead);

    /// <summary>C3, C5: the department resolves the complaint by the handling deadline the front desk set (限期处理), or by the later time it promised in a delay report.</summary>
    public static DeadlineRule Handling { get; } = Rule(
        "C3.handling", "限期处理", "handle by the deadline", [K.DispatchedToDepartment], [K.Resolved],
        default, EscalationTarget.DepartmentHead) with { Basis = DueBasis.HandlingDeadline, Classes = ComplaintClasses.Reasonable };

    /// <summary>
    /// C5 (002 篇2 §4): within 2 hours (elapsed) of dispatch the department answers the front desk — by resolving the
    /// complaint or by reporting that it cannot finish on time, with a new promised time. Interpretation: the 2-hour
    /// answer is required of every routine complaint not resolved within those 2 hours.
    /// </summary>
    public static DeadlineRule DelayReport { get; } = Rule(
        "C5.response", "部门回应", "department response", [K.DispatchedToDepartment], [K.DelayReported, K.Resolved],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.DepartmentHead) with { Classes = ComplaintClasses.General };

    /// <summary>C6 (002 篇2 §5): after resolving, the department feeds back to the front desk within 2 hours (elapsed).</summary>
    public static DeadlineRule Feedback { get; } = Rule(
        "C6.feedback", "反馈客户中心", "feedback to front desk", [K.Resolved], [K.FeedbackGivenToFrontDesk],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.DepartmentHead) with { Classes = ComplaintClasses.Reasonable };

    /// <summary>C6 (002 篇2 §5): the centre revisits (回访) the complainant within 2 working days of the feedback.</summary>
    public static DeadlineRule Revisit { get; } = Rule(
        "C6.revisit", "回访", "revisit", [K.FeedbackGivenToFrontDesk], [K.ComplainantRevisited],
        Allowance.WorkingDays(2), EscalationTarget.OfficeDirector) with { Classes = ComplaintClasses.General };

    /// <summary>C7 (002 篇2 §6): for an emergency or major matter the receiver or front desk notifies the department within 3 minutes.</summary>
    public static DeadlineRule EmergencyNotification { get; } = Rule(
        "C7.notify", "知会相关部门", "notify department", [K.Received], [K.DepartmentNotified],
        Allowance.Elapsed(Duration.FromMinutes(3)), EscalationTarget.OfficeHead) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C7 (002 篇2 §6): a management-office head who cannot resolve it reports to the company's leader within 5 minutes of the report.</summary>
    public static DeadlineRule LeaderEscalation { get; } = Rule(
        "C7.escalate", "上报物业公司主管领导", "report to company leader", [K.Received], [K.EscalatedToCompanyLeader, K.Resolved],
        Allowance.Elapsed(Duration.FromMinutes(5)), EscalationTarget.CompanyLeader) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C7 (002 篇2 §6): the office head files a written report within 24 hours of reporting to the leader.</summary>
    public static DeadlineRule OfficeHeadReport { get; } = Rule(
        "C7.report", "提交书面报告", "written report (office head)", [K.EscalatedToCompanyLeader], [K.OfficeHeadReportFiled],
        Allowance.Elapsed(Duration.FromHours(24)), EscalationTarget.CompanyLeader) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C8 (002 篇2 §7): a company leader who cannot coordinate it phones a board director within 10 minutes.</summary>
    public static DeadlineRule BoardEscalation { get; } = Rule(
        "C8.board", "电话上报董事领导", "phone board director", [K.EscalatedToCompanyLeader], [K.EscalatedToBoardDirector, K.Resolved],
        Allowance.Elapsed(Duration.FromMinutes(10)), EscalationTarget.BoardDirector) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C8 (002 篇2 §7): the company leader files a written report within 48 hours of phoning the board.</summary>
    public static DeadlineRule LeaderReport { get; } = Rule(
        "C8.report", "提交书面报告", "written report (company leader)", [K.EscalatedToBoardDirector], [K.CompanyLeaderReportFiled],
        Allowance.Elapsed(Duration.FromHours(48)), EscalationTarget.GeneralManager) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C8 (002 篇2 §7): after completion, the developer's customer service and the company verify within 8 hours (elapsed).</summary>
    public static DeadlineRule Verification { get; } = Rule(
        "C8.verify", "跟进验证", "verify", [K.Resolved], [K.ResolutionVerified],
        Allowance.Elapsed(Duration.FromHours(8)), EscalationTarget.DeveloperCustomerService) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C8 (002 篇2 §7): a major matter's complainant is revisited within 2 working days of completion.</summary>
    public static DeadlineRule MajorRevisit { get; } = Rule(
        "C8.revisit", "完成后回访", "revisit after completion", [K.Resolved], [K.ComplainantRevisited],
        Allowance.WorkingDays(2), EscalationTarget.CompanyLeader) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C9 (002 篇2 §8): when the centre has finished, it tells the first contact within 2 hours (elapsed).</summary>
    public static DeadlineRule FirstContactFeedback { get; } = Rule(
        "C9.first-contact", "反馈首问责任人", "tell the first contact", [K.FeedbackGivenToFrontDesk, K.ExplanationAccepted, K.CoordinatedByDepartmentHead], [K.FirstContactInformed],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.FirstContact);

    /// <summary>C12 (002 篇4 一.3): a visit (来访) is investigated and verified the same day — by the end of that working day.</summary>
    public static DeadlineRule SameDayInvestigation { get; } = Rule(
        "C12.same-day", "当天调查核实", "investigate the same day", [K.Received], [K.Investigated],
        Allowance.EndOfWorkingDay, EscalationTarget.OfficeDirector) with { Channels = ComplaintChannels.Visit };

    /// <summary>C18 (000 篇3 三): the complainant is called back before the end of that working day (当天下班之前).</summary>
    public static DeadlineRule CallBack { get; } = Rule(
        "C18.call-back", "当天回复", "call back the same working day", [K.Received], [K.ComplainantCalledBack],
        Allowance.EndOfWorkingDay, EscalationTarget.FrontDesk);

    /// <summary>C19 (001 (三)3(1)): engineering arrives on a repair call-out within 15 minutes at the latest (repair orders follow their appointment, C20).</summary>
    public static DeadlineRule CallOutArrival { get; } = Rule(
        "C19.arrival", "维修到场", "engineer arrives", [K.DispatchedToDepartment], [K.EngineerArrived, K.Resolved],
        Allowance.Elapsed(Duration.FromMinutes(15)), EscalationTarget.DepartmentHead)
        with { Channels = ComplaintChannels.AllButRepairOrders, RequiresDepartment = DepartmentKind.Engineering };

    /// <summary>C20 (004): a repair order's visit is due at its appointment time; the clock pauses while the owner is not available.</summary>
    public static DeadlineRule AppointmentVisit { get; } = Rule(
        "C20.appointment", "预约上门", "visit at the appointment", [K.Received], [K.EngineerArrived],
        default, EscalationTarget.DepartmentHead)
        with { Basis = DueBasis.Appointment, Channels = ComplaintChannels.RepairOrder, PausesWhileWaitingOnComplainant = true };

    /// <summary>Every timed rule of the customer-service regulation (C2, C3, C5, C6, C7, C8, C9, C12, C18, C19, C20).</summary>
    public static SlaPolicy CustomerServiceRegulation { get; } = SlaPolicy.Create(
        "客户服务管理制度 (customer-service regulation)",
        [
            FrontDeskRegistration, Dispatch, Handling, DelayReport, Feedback, Revisit, EmergencyNotification, LeaderEscalation,
            OfficeHeadReport, BoardEscalation, LeaderReport, Verification, MajorRevisit, FirstContactFeedback, SameDayInvestigation,
            CallBack, CallOutArrival, AppointmentVisit,
        ]);

    private static DeadlineRule Rule(string id, string title, string english, ImmutableArray<ComplaintEventKind> start, ImmutableArray<ComplaintEventKind> stops, Allowance allowance, EscalationTarget target) =>
        new(RuleId.Parse(id), title, english, start, stops, allowance, target);
}
