using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using static PropertyOps.Rules.Tests.Sla.History;

namespace PropertyOps.Rules.Tests.Sla;

/// <summary>
/// The deadlines as the regulation's clauses time them (002 篇2 §2–§8, 篇4 一.3; 001 (三)3(1); 004), on the 2026 calendar,
/// each across a lunch break, an evening, a weekend or a holiday.
/// </summary>
public class DeadlineRegulationExamples
{
    private static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;
    private static readonly Actor Director = new("E6000", ActorRole.OfficeDirector);

    private static SlaEvaluation Evaluate(History h, Instant now) => SlaEngine.Evaluate(h.Events, Policy, China, now);

    private static DeadlineResult Eval(History h, Instant now, string rule) => Evaluate(h, now)[rule];

    // Friday 9 October 2026, the first working day after National Day: dispatched at 11:00, due to be handled by 15:00.
    private static History RoutineAcrossLunch() =>
        Received(At(2026, 10, 9, 10, 40)).Routine(At(2026, 10, 9, 10, 45), At(2026, 10, 9, 10, 50), At(2026, 10, 9, 15, 0), At(2026, 10, 9, 11, 0));

    [Fact]
    public void C5_a_routine_complaint_resolved_on_time_without_a_delay_report_owes_none()
    {
        var h = RoutineAcrossLunch();
        var atRisk = Eval(h, At(2026, 10, 9, 13, 30), "C5.response");
        Assert.Equal(DeadlineStatus.AtRisk, atRisk.Status);
        Assert.Equal(At(2026, 10, 9, 13, 0), atRisk.DueAt);
        var explanation = SlaEngine.Explain(atRisk, Policy, China);
        Assert.Contains("有风险", explanation.Chinese, StringComparison.Ordinal);
        Assert.Contains("at risk", explanation.English, StringComparison.Ordinal);

        h.Then(new ComplaintResolved(At(2026, 10, 9, 14, 40), Staff, "已修复"));
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, At(2026, 10, 9, 16, 0), "C5.response").Status);
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 10, 9, 16, 0), "C3.handling").Status);
    }

    [Fact]
    public void C5_a_complaint_still_open_at_its_deadline_without_a_report_breaches_it()
    {
        var h = RoutineAcrossLunch();
        Assert.Equal(DeadlineStatus.AtRisk, Eval(h, At(2026, 10, 9, 15, 0), "C5.response").Status);
        var breached = Eval(h, At(2026, 10, 9, 15, 1), "C5.response");
        Assert.Equal(DeadlineStatus.Breached, breached.Status);
        Assert.Equal(Duration.FromMinutes(121), breached.Overdue);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 10, 9, 15, 1), "C3.handling").Status);

        // A report made within the two hours is on time, whatever happens after.
        var reported = RoutineAcrossLunch().Then(new DelayReported(At(2026, 10, 9, 12, 50), Staff, At(2026, 10, 12, 12, 0), "等配件"));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(reported, At(2026, 10, 9, 15, 1), "C5.response").Status);
        Assert.Equal(At(2026, 10, 12, 12, 0), Eval(reported, At(2026, 10, 9, 15, 1), "C3.handling").DueAt);
    }

    [Fact]
    public void C5_a_dispatch_on_friday_evening_is_answered_within_two_elapsed_hours()
    {
        var h = Received(At(2026, 10, 16, 17, 0)).Routine(At(2026, 10, 16, 17, 5), At(2026, 10, 16, 17, 10), At(2026, 10, 19, 10, 0), At(2026, 10, 16, 17, 30));
        Assert.Equal(At(2026, 10, 16, 19, 30), Eval(h, At(2026, 10, 16, 18, 0), "C5.response").DueAt);
        Assert.Equal(DeadlineStatus.AtRisk, Eval(h, At(2026, 10, 17, 9, 0), "C5.response").Status);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 10, 19, 10, 1), "C5.response").Status);
    }

    [Fact]
    public void C7_a_major_matter_resolved_by_the_office_owes_no_escalation()
    {
        // A flood on the evening of 3 October, in the National Day holiday.
        var t = At(2026, 10, 3, 20, 0);
        var h = Received(t, category: ComplaintCategory.Flooding)
            .Then(new DepartmentNotified(t + Duration.FromMinutes(2), Staff, Department.Engineering));
        Assert.Equal(DeadlineStatus.Pending, Eval(h, t + Duration.FromMinutes(5), "C7.escalate").Status);
        Assert.Equal(DeadlineStatus.AtRisk, Eval(h, t + Duration.FromMinutes(6), "C7.escalate").Status);
        h.Then(new ComplaintResolved(t + Duration.FromMinutes(30), Staff, "关闭总阀，抽水"));
        var result = Eval(h, t + Duration.FromHours(1), "C7.escalate");
        Assert.Equal(DeadlineStatus.NotApplicable, result.Status);
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, t + Duration.FromHours(1), "C8.board").Status);
    }

    [Fact]
    public void C7_an_escalation_at_20_minutes_is_late_and_recording_the_condition_never_moves_the_due()
    {
        var t = At(2026, 10, 3, 20, 0);
        var h = Received(t, category: ComplaintCategory.LiftEntrapment)
            .Then(new OfficeCannotResolve(t + Duration.FromMinutes(3), OfficeHead));
        var owed = Eval(h, t + Duration.FromMinutes(6), "C7.escalate");
        Assert.Equal(DeadlineStatus.Breached, owed.Status);
        Assert.Equal(t + Duration.FromMinutes(5), owed.DueAt);
        h.Then(new EscalatedToCompanyLeader(t + Duration.FromMinutes(20), OfficeHead));
        var late = Eval(h, t + Duration.FromMinutes(30), "C7.escalate");
        Assert.Equal(DeadlineStatus.MetLate, late.Status);
        Assert.Equal(Duration.FromMinutes(15), late.Overdue);
        Assert.Equal(t + Duration.FromMinutes(20) + Duration.FromHours(24), Eval(h, t + Duration.FromMinutes(30), "C7.report").DueAt);
    }

    [Fact]
    public void C8_a_leader_who_cannot_coordinate_phones_the_board_within_10_minutes_of_the_report()
    {
        var t = At(2026, 10, 3, 20, 0);
        var h = Received(t, category: ComplaintCategory.MainPlantFailure)
            .Then(new EscalatedToCompanyLeader(t + Duration.FromMinutes(4), OfficeHead));
        Assert.Equal(DeadlineStatus.AtRisk, Eval(h, t + Duration.FromMinutes(15), "C8.board").Status);
        h.Then(new LeaderCannotCoordinate(t + Duration.FromMinutes(10), Leader))
         .Then(new EscalatedToBoardDirector(t + Duration.FromMinutes(16), Leader));
        var result = Eval(h, t + Duration.FromMinutes(20), "C8.board");
        Assert.Equal(t + Duration.FromMinutes(14), result.DueAt);
        Assert.Equal(DeadlineStatus.MetLate, result.Status);
    }

    [Fact]
    public void C6_a_reopened_complaints_second_feedback_3_hours_late_breaches_C6_in_cycle_2()
    {
        var h = Received(At(2026, 10, 12, 9, 0)).Routine(At(2026, 10, 12, 9, 10), At(2026, 10, 12, 9, 20), At(2026, 10, 12, 17, 0), At(2026, 10, 12, 9, 30))
            .Then(new ComplaintResolved(At(2026, 10, 12, 11, 0), Staff, "疏通下水"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 10, 12, 11, 30), Staff))
            .Then(new ComplainantRevisited(At(2026, 10, 13, 11, 0), Staff, false, "仍然堵塞"))
            .Then(new ComplaintAssessed(At(2026, 10, 13, 11, 20), Staff, ComplaintClass.General, At(2026, 10, 13, 17, 0)))
            .Then(new DispatchedToDepartment(At(2026, 10, 13, 11, 30), Staff, Department.Engineering))
            .Then(new ComplaintResolved(At(2026, 10, 13, 11, 50), Staff, "更换管道"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 10, 13, 16, 50), Staff));
        var evaluation = Evaluate(h, At(2026, 10, 13, 17, 0));
        Assert.Equal(2, evaluation.Cycles);
        Assert.Equal(DeadlineStatus.MetOnTime, evaluation["C6.feedback", 1].Status);
        var second = evaluation["C6.feedback"];
        Assert.Equal(2, second.Cycle);
        Assert.Equal(DeadlineStatus.MetLate, second.Status);
        Assert.Equal(Duration.FromHours(3), second.Overdue);
        Assert.Equal(DeadlineStatus.MetOnTime, evaluation["C3.dispatch", 2].Status);
        Assert.Equal(At(2026, 10, 13, 23, 0), evaluation["C3.dispatch", 2].DueAt);
        Assert.Equal(DeadlineStatus.MetOnTime, evaluation["C3.handling", 2].Status);
        Assert.Equal(DeadlineStatus.Pending, evaluation["C6.revisit", 2].Status);
        var explanation = SlaEngine.Explain(second, Policy, China);
        Assert.StartsWith("C6.feedback 反馈客户中心（第2次处理）", explanation.Chinese, StringComparison.Ordinal);
        Assert.StartsWith("C6.feedback feedback to front desk (second handling)", explanation.English, StringComparison.Ordinal);

        // The evaluation explains its own results, with the policy, calendar and history it was made with (#20).
        Assert.Equal(explanation.Chinese, evaluation.Explain("C6.feedback").Chinese);
        Assert.Equal(SlaEngine.Explain(evaluation["C6.feedback", 1], Policy, China).English, evaluation.Explain("C6.feedback", 1).English);
        Assert.Throws<ArgumentOutOfRangeException>(() => evaluation.Explain("C6.feedback", 3));
        Assert.Throws<KeyNotFoundException>(() => evaluation.Explain("C99"));
        Assert.Equal(evaluation.Count, Policy.Rules.Length + Policy.Rules.Count(r => r.EveryCycle));
    }

    [Fact]
    public void C12_a_phone_complaint_investigated_the_next_morning_is_late()
    {
        var h = Received(At(2026, 10, 8, 16, 30), Channel.Phone);
        Assert.Equal(At(2026, 10, 8, 18, 0), Eval(h, At(2026, 10, 8, 17, 0), "C12.same-day").DueAt);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 10, 8, 18, 1), "C12.same-day").Status);
        h.Then(new ComplaintInvestigated(At(2026, 10, 9, 9, 30), Staff, "次日上门核实"));
        var late = Eval(h, At(2026, 10, 9, 10, 0), "C12.same-day");
        Assert.Equal(DeadlineStatus.MetLate, late.Status);
        Assert.Equal(EscalationTarget.OfficeDirector, late.EscalateTo);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.NotEqual(DeadlineStatus.NotApplicable, Eval(Received(At(2026, 10, 8, 16, 30), channel, appointment: channel == Channel.RepairOrder ? At(2026, 10, 9, 9, 0) : null), At(2026, 10, 8, 17, 0), "C12.same-day").Status);
        }
    }

    [Fact]
    public void C19_a_lift_entrapment_notified_to_engineering_at_17_51_is_due_18_06()
    {
        var h = Received(At(2026, 10, 12, 17, 50), category: ComplaintCategory.LiftEntrapment)
            .Then(new DepartmentNotified(At(2026, 10, 12, 17, 51), Staff, Department.Engineering));
        Assert.Equal(At(2026, 10, 12, 18, 6), Eval(h, At(2026, 10, 12, 18, 0), "C19.arrival").DueAt);
        Assert.Equal(DeadlineStatus.Pending, Eval(h, At(2026, 10, 12, 18, 6), "C19.arrival").Status);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 10, 12, 18, 7), "C19.arrival").Status);
        h.Then(new EngineerArrived(At(2026, 10, 12, 18, 10), Staff))
         .Then(new DispatchedToDepartment(At(2026, 10, 12, 18, 20), Staff, Department.Engineering));
        var late = Eval(h, At(2026, 10, 12, 19, 0), "C19.arrival");
        Assert.Equal(DeadlineStatus.MetLate, late.Status);
        Assert.Equal(Duration.FromMinutes(4), late.Overdue);

        // A notification of security is not a call to engineering; the later dispatch to engineering starts the clock.
        var security = Received(At(2026, 10, 12, 17, 50), category: ComplaintCategory.LiftEntrapment)
            .Then(new DepartmentNotified(At(2026, 10, 12, 17, 51), Staff, Department.Security))
            .Then(new DispatchedToDepartment(At(2026, 10, 12, 18, 30), Staff, Department.Engineering));
        Assert.Equal(At(2026, 10, 12, 18, 45), Eval(security, At(2026, 10, 12, 18, 31), "C19.arrival").DueAt);
    }

    [Fact]
    public void C20_an_owner_away_before_the_appointment_does_not_move_it()
    {
        var h = Received(At(2026, 10, 12, 9, 0), Channel.RepairOrder, appointment: At(2026, 10, 12, 14, 0))
            .Then(new ComplainantUnavailable(At(2026, 10, 12, 11, 0), Staff, "业主外出"))
            .Then(new ComplainantAvailable(At(2026, 10, 12, 13, 0), Staff))
            .Then(new EngineerArrived(At(2026, 10, 12, 14, 30), Staff));
        var result = Eval(h, At(2026, 10, 12, 15, 0), "C20.appointment");
        Assert.Equal(At(2026, 10, 12, 14, 0), result.DueAt);
        Assert.Equal(DeadlineStatus.MetLate, result.Status);
        Assert.Equal(Duration.FromMinutes(30), result.Overdue);
    }

    [Fact]
    public void C20_an_owner_out_at_the_appointment_leads_to_a_new_appointment_which_is_the_new_due()
    {
        var h = Received(At(2026, 10, 12, 9, 0), Channel.RepairOrder, appointment: At(2026, 10, 12, 14, 0))
            .Then(new AppointmentRescheduled(At(2026, 10, 12, 14, 10), Staff, At(2026, 10, 12, 16, 0), "业主不在家"));
        Assert.Equal(At(2026, 10, 12, 16, 0), Eval(h, At(2026, 10, 12, 14, 10), "C20.appointment").DueAt);
        Assert.Equal(DeadlineStatus.Pending, Eval(h, At(2026, 10, 12, 14, 10), "C20.appointment").Status);
        h.Then(new EngineerArrived(At(2026, 10, 12, 15, 50), Staff));
        var result = Eval(h, At(2026, 10, 12, 16, 30), "C20.appointment");
        Assert.Equal(DeadlineStatus.MetOnTime, result.Status);
        var explanation = SlaEngine.Explain(result, h.Events, Policy, China);
        Assert.Contains("预约 2026-10-12 14:00", explanation.Chinese, StringComparison.Ordinal);
        Assert.Contains("改约 2026-10-12 16:00（业主不在家）", explanation.Chinese, StringComparison.Ordinal);
        Assert.Contains("rescheduled at 2026-10-12 14:10 to 2026-10-12 16:00", explanation.English, StringComparison.Ordinal);

        // From the evaluation itself; an event appended to the history afterwards is not part of what it explains.
        var evaluation = Evaluate(h, At(2026, 10, 12, 16, 30));
        h.Then(new AppointmentRescheduled(At(2026, 10, 12, 17, 0), Staff, At(2026, 10, 13, 10, 0), "复查"));
        Assert.Equal(explanation.Chinese, evaluation.Explain("C20.appointment").Chinese);
        Assert.Equal(explanation.English, evaluation.Explain("C20.appointment").English);
    }

    [Fact]
    public void C6_a_wait_on_the_complainant_extends_the_revisit_by_its_overlap_with_the_open_clock()
    {
        var h = Received(At(2026, 10, 12, 9, 0)).Routine(At(2026, 10, 12, 9, 10), At(2026, 10, 12, 9, 20), At(2026, 10, 12, 17, 0), At(2026, 10, 12, 9, 30))
            .Then(new ComplainantUnavailable(At(2026, 10, 12, 10, 0), Staff, "业主出差"))
            .Then(new ComplaintResolved(At(2026, 10, 12, 11, 0), Staff, "已修复"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 10, 12, 11, 30), Staff))
            .Then(new ComplainantAvailable(At(2026, 10, 13, 11, 30), Staff));
        // Two working days after Monday's feedback: Wednesday 18:00, plus the 24 hours of the wait after the feedback.
        var result = Eval(h, At(2026, 10, 14, 12, 0), "C6.revisit");
        Assert.Equal(At(2026, 10, 15, 18, 0), result.DueAt);
        Assert.Equal(Duration.FromHours(24), result.PausedFor);
    }

    [Fact]
    public void C12_a_referred_matter_closed_on_the_directors_decision_ends_the_clocks()
    {
        var h = Received(At(2026, 10, 12, 9, 0), Channel.Visit)
            .Then(new ComplaintInvestigated(At(2026, 10, 12, 10, 0), Staff, "现场核实"))
            .Then(new ReferredToOfficeDirector(At(2026, 10, 12, 10, 30), Staff))
            .Then(new ClosedByDirectorDecision(At(2026, 10, 12, 11, 0), Director, "按物业服务合同维持现状"));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 10, 12, 12, 0), "C12.same-day").Status);
    }

    [Fact]
    public void A_sweep_lists_duties_at_risk_apart_from_breaches()
    {
        var atRisk = RoutineAcrossLunch();
        var breached = Received(At(2026, 10, 9, 9, 0));
        var sweep = SlaEngine.Sweep([atRisk.Events, breached.Events], Policy, China, At(2026, 10, 9, 13, 30), Duration.FromHours(1));
        Assert.Contains(sweep.AtRisk, i => i.Index == 0 && i.Rule.Value == "C5.response" && i.Cycle == 1);
        Assert.DoesNotContain(sweep.Breaches, i => i.Rule.Value == "C5.response");
        Assert.All(sweep.AtRisk, i => Assert.Equal(DeadlineStatus.AtRisk, i.Status));
    }
}
