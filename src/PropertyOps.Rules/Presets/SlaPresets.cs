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
    /// C3 (002 篇2 §2): the front desk dispatches to the responsible department within 12 hours (elapsed) of registering
    /// it — and, in every later handling cycle, of the unsatisfied revisit that reopened it; for an unreasonable complaint,
    /// explaining it to the complainant is the handling (C4).
    /// </summary>
    public static DeadlineRule Dispatch { get; } = Rule(
        "C3.dispatch", "传递责任部门", "dispatch to department", [K.RegisteredAtFrontDesk, K.Reopened], [K.DispatchedToDepartment, K.ExplanationGiven],
        Allowance.Elapsed(Duration.FromHours(12)), EscalationTarget.OfficeHead) with { EveryCycle = true };

    /// <summary>
    /// C3, C5: in every handling cycle the department resolves the complaint by the handling deadline the front desk set
    /// (限期处理) — a reopened complaint's re-assessment sets a new one, else the previous one stands — or by the later
    /// time it promised in a delay report of that cycle.
    /// </summary>
    public static DeadlineRule Handling { get; } = Rule(
        "C3.handling", "限期处理", "handle by the deadline", [K.DispatchedToDepartment], [K.Resolved],
        default, EscalationTarget.DepartmentHead) with { Basis = DueBasis.HandlingDeadline, Classes = ComplaintClasses.Reasonable, EveryCycle = true };

    /// <summary>
    /// C5 (002 篇2 §4, "若遇特殊情况或客观等原因不能按规定时间完成工作的，须在接到调度后的2个小时内…作出回应"): a department that will
    /// not finish by the handling deadline tells the front desk within 2 hours (elapsed) of dispatch, with a new promised
    /// time. Conditional (<see cref="DutyCondition.NotFinishedByHandlingDeadline"/>): a complaint resolved by its deadline
    /// owes no report; one still open at its deadline without a report made within the 2 hours breaches it; before the
    /// deadline, an open complaint past the 2 hours without a report is at risk. Timed in every cycle.
    /// </summary>
    public static DeadlineRule DelayReport { get; } = Rule(
        "C5.response", "不能按时完成须回应", "report a delay", [K.DispatchedToDepartment], [K.DelayReported],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.DepartmentHead)
        with { Classes = ComplaintClasses.General, Condition = DutyCondition.NotFinishedByHandlingDeadline, EveryCycle = true };

    /// <summary>C6 (002 篇2 §5): after resolving, the department feeds back to the front desk within 2 hours (elapsed); in every cycle.</summary>
    public static DeadlineRule Feedback { get; } = Rule(
        "C6.feedback", "反馈客户中心", "feedback to front desk", [K.Resolved], [K.FeedbackGivenToFrontDesk],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.DepartmentHead) with { Classes = ComplaintClasses.Reasonable, EveryCycle = true };

    /// <summary>
    /// C6 (002 篇2 §5): the centre revisits (回访) the complainant within 2 working days of the feedback, in every cycle. A
    /// revisit needs the complainant: a wait on them extends the due by the part of the wait inside the open clock.
    /// </summary>
    public static DeadlineRule Revisit { get; } = Rule(
        "C6.revisit", "回访", "revisit", [K.FeedbackGivenToFrontDesk], [K.ComplainantRevisited],
        Allowance.WorkingDays(2), EscalationTarget.OfficeDirector) with { Classes = ComplaintClasses.General, EveryCycle = true, PausesWhileWaitingOnComplainant = true };

    /// <summary>
    /// C7 (002 篇2 §6): for an emergency or major matter the receiver or front desk notifies the department within 3
    /// minutes. This notification is also C14's report of a major complaint "at once" (重大投诉，必须马上报告部门经理和物业管理中心
    /// 领导): one record (<see cref="DepartmentNotified"/>) and one clock, not a second one.
    /// </summary>
    public static DeadlineRule EmergencyNotification { get; } = Rule(
        "C7.notify", "知会相关部门", "notify department", [K.Received], [K.DepartmentNotified],
        Allowance.Elapsed(Duration.FromMinutes(3)), EscalationTarget.OfficeHead) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>
    /// C7 (002 篇2 §6, "各管理处负责人遇不能解决之重要重大事项，须于接报后的5分钟内上报物业公司主管领导"): a management-office head who
    /// cannot resolve a major matter reports it to the company's leader within 5 minutes of receipt. Conditional
    /// (<see cref="DutyCondition.OfficeCannotResolve"/>): a matter the office resolves itself owes nothing; once the office
    /// head records that it cannot, the duty is due 5 minutes after receipt; an unresolved matter past those minutes with
    /// neither record is at risk.
    /// </summary>
    public static DeadlineRule LeaderEscalation { get; } = Rule(
        "C7.escalate", "上报物业公司主管领导", "report to company leader", [K.Received], [K.EscalatedToCompanyLeader],
        Allowance.Elapsed(Duration.FromMinutes(5)), EscalationTarget.CompanyLeader)
        with { Classes = ComplaintClasses.MajorOrEmergency, Condition = DutyCondition.OfficeCannotResolve };

    /// <summary>C7 (002 篇2 §6): the office head files a written report within 24 hours of reporting to the leader.</summary>
    public static DeadlineRule OfficeHeadReport { get; } = Rule(
        "C7.report", "提交书面报告", "written report (office head)", [K.EscalatedToCompanyLeader], [K.OfficeHeadReportFiled],
        Allowance.Elapsed(Duration.FromHours(24)), EscalationTarget.CompanyLeader) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>
    /// C8 (002 篇2 §7, "物业公司主管领导遇不能协调解决的重要重大事项，须于接报后的10分钟内电话上报董事领导"): a company leader who cannot
    /// coordinate the matter phones a board director within 10 minutes of the report to the leader. Conditional
    /// (<see cref="DutyCondition.LeaderCannotCoordinate"/>), with the same shape as C7.
    /// </summary>
    public static DeadlineRule BoardEscalation { get; } = Rule(
        "C8.board", "电话上报董事领导", "phone board director", [K.EscalatedToCompanyLeader], [K.EscalatedToBoardDirector],
        Allowance.Elapsed(Duration.FromMinutes(10)), EscalationTarget.BoardDirector)
        with { Classes = ComplaintClasses.MajorOrEmergency, Condition = DutyCondition.LeaderCannotCoordinate };

    /// <summary>C8 (002 篇2 §7): the company leader files a written report within 48 hours of phoning the board.</summary>
    public static DeadlineRule LeaderReport { get; } = Rule(
        "C8.report", "提交书面报告", "written report (company leader)", [K.EscalatedToBoardDirector], [K.CompanyLeaderReportFiled],
        Allowance.Elapsed(Duration.FromHours(48)), EscalationTarget.GeneralManager) with { Classes = ComplaintClasses.MajorOrEmergency };

    /// <summary>C8 (002 篇2 §7): after completion, the developer's customer service and the company verify within 8 hours (elapsed); in every cycle.</summary>
    public static DeadlineRule Verification { get; } = Rule(
        "C8.verify", "跟进验证", "verify", [K.Resolved], [K.ResolutionVerified],
        Allowance.Elapsed(Duration.FromHours(8)), EscalationTarget.DeveloperCustomerService) with { Classes = ComplaintClasses.MajorOrEmergency, EveryCycle = true };

    /// <summary>C8 (002 篇2 §7): a major matter's complainant is revisited within 2 working days of completion, in every cycle; a wait on the complainant extends it like C6.</summary>
    public static DeadlineRule MajorRevisit { get; } = Rule(
        "C8.revisit", "完成后回访", "revisit after completion", [K.Resolved], [K.ComplainantRevisited],
        Allowance.WorkingDays(2), EscalationTarget.CompanyLeader) with { Classes = ComplaintClasses.MajorOrEmergency, EveryCycle = true, PausesWhileWaitingOnComplainant = true };

    /// <summary>C9 (002 篇2 §8): when the centre has finished, it tells the first contact within 2 hours (elapsed); in every cycle.</summary>
    public static DeadlineRule FirstContactFeedback { get; } = Rule(
        "C9.first-contact", "反馈首问责任人", "tell the first contact", [K.FeedbackGivenToFrontDesk, K.ExplanationAccepted, K.CoordinatedByDepartmentHead], [K.FirstContactInformed],
        Allowance.Elapsed(Duration.FromHours(2)), EscalationTarget.FirstContact) with { EveryCycle = true };

    /// <summary>
    /// C12 (002 篇4 一.3, "对住户投诉、来访中谈到的问题…当天进行调查、核实"): every complaint and visit, whatever its channel (phone,
    /// online, written, visit, patrol, repair order), is investigated and verified the same day — by the end of that
    /// working day.
    /// </summary>
    public static DeadlineRule SameDayInvestigation { get; } = Rule(
        "C12.same-day", "当天调查核实", "investigate the same day", [K.Received], [K.Investigated],
        Allowance.EndOfWorkingDay, EscalationTarget.OfficeDirector);

    /// <summary>C18 (000 篇3 三): the complainant is called back before the end of that working day (当天下班之前).</summary>
    public static DeadlineRule CallBack { get; } = Rule(
        "C18.call-back", "当天回复", "call back the same working day", [K.Received], [K.ComplainantCalledBack],
        Allowance.EndOfWorkingDay, EscalationTarget.FrontDesk);

    /// <summary>
    /// C19 (001 (三)3(1), "随传随到，最慢不得超过15分钟"): engineering arrives within 15 minutes at the latest of the first call
    /// to engineering — the emergency notification of the engineering department (C7) or a dispatch to engineering,
    /// whichever comes first — in every cycle. Repair orders follow their appointment instead (C20).
    /// </summary>
    public static DeadlineRule CallOutArrival { get; } = Rule(
        "C19.arrival", "维修到场", "engineer arrives", [K.DepartmentNotified, K.DispatchedToDepartment], [K.EngineerArrived, K.Resolved],
        Allowance.Elapsed(Duration.FromMinutes(15)), EscalationTarget.DepartmentHead)
        with { Channels = ComplaintChannels.AllButRepairOrders, RequiresDepartment = DepartmentKind.Engineering, EveryCycle = true };

    /// <summary>
    /// C20 (004): a repair order's visit is due at its appointment (预约维修时间). A wait on the owner does not move it; an
    /// owner unavailable at the appointment leads to a new appointment (<see cref="AppointmentRescheduled"/>), and the
    /// latest appointment is the due time.
    /// </summary>
    public static DeadlineRule AppointmentVisit { get; } = Rule(
        "C20.appointment", "预约上门", "visit at the appointment", [K.Received], [K.EngineerArrived],
        default, EscalationTarget.DepartmentHead)
        with { Basis = DueBasis.Appointment, Channels = ComplaintChannels.RepairOrder };

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
