using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using static PropertyOps.Rules.Tests.Sla.History;

namespace PropertyOps.Rules.Tests.Sla;

public class SlaPresetExamples
{
    private static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;

    private static DeadlineResult Eval(History h, Instant now, string rule) => SlaEngine.Evaluate(h.Events, Policy, China, now, rule);

    [Fact]
    public void C2_the_front_desk_has_the_complaint_within_24_hours_even_across_National_Day()
    {
        var h = Received(At(2026, 9, 30, 9, 40));
        var pending = Eval(h, At(2026, 9, 30, 10, 0), "C2.front-desk");
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(At(2026, 10, 1, 9, 40), pending.DueAt);
        Assert.Equal(Duration.FromMinutes(23 * 60 + 40), pending.Remaining);
        Assert.Equal(DeadlineStatus.Pending, Eval(h, At(2026, 10, 1, 9, 40), "C2.front-desk").Status);
        var breached = Eval(h, At(2026, 10, 1, 9, 40) + Duration.Epsilon, "C2.front-desk");
        Assert.Equal(DeadlineStatus.Breached, breached.Status);
        Assert.Equal(EscalationTarget.DepartmentHead, breached.EscalateTo);
        h.Then(new RegisteredAtFrontDesk(At(2026, 10, 1, 9, 40), Staff));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 10, 2, 0, 0), "C2.front-desk").Status);
    }

    [Fact]
    public void C3_dispatch_within_12_hours_and_handling_by_the_deadline_or_the_promised_time()
    {
        var h = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 9, 30, 16, 0), At(2026, 9, 30, 22, 0));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 9, 30, 23, 30), "C3.dispatch").Status);
        var late = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 10, 1, 16, 0), At(2026, 9, 30, 22, 1));
        var result = Eval(late, At(2026, 10, 1, 0, 0), "C3.dispatch");
        Assert.Equal(DeadlineStatus.MetLate, result.Status);
        Assert.Equal(Duration.FromMinutes(1), result.Overdue);

        Assert.Equal(At(2026, 9, 30, 16, 0), Eval(h, At(2026, 9, 30, 23, 30), "C3.handling").DueAt);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 9, 30, 23, 30), "C3.handling").Status);
        // A delay reported before the deadline moves it (C5); the handling deadline is then the promised time.
        var delayed = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 9, 30, 16, 0), At(2026, 9, 30, 11, 0))
            .Then(new DelayReported(At(2026, 9, 30, 12, 0), Staff, At(2026, 10, 8, 12, 0), "缺配件"));
        Assert.Equal(DeadlineStatus.Pending, Eval(delayed, At(2026, 10, 2, 0, 0), "C3.handling").Status);
        Assert.Equal(At(2026, 10, 8, 12, 0), Eval(delayed, At(2026, 10, 2, 0, 0), "C3.handling").DueAt);
    }

    [Fact]
    public void C5_a_delay_reported_within_2_hours_of_dispatch_is_on_time()
    {
        var h = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 10, 1, 16, 0), At(2026, 9, 30, 11, 0));
        Assert.Equal(At(2026, 9, 30, 13, 0), Eval(h, At(2026, 9, 30, 12, 0), "C5.response").DueAt);
        h.Then(new DelayReported(At(2026, 9, 30, 12, 59), Staff, At(2026, 10, 8, 12, 0), "缺配件"));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 9, 30, 13, 0), "C5.response").Status);
    }

    [Fact]
    public void C6_revisit_is_due_two_working_days_after_feedback_skipping_National_Day()
    {
        var h = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 9, 30, 18, 0), At(2026, 9, 30, 11, 0))
            .Then(new ComplaintResolved(At(2026, 9, 30, 16, 0), Staff, "已修复"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 9, 30, 17, 40), Staff));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 9, 30, 18, 0), "C6.feedback").Status);
        var revisit = Eval(h, At(2026, 10, 5, 12, 0), "C6.revisit");
        Assert.Equal(DeadlineStatus.Pending, revisit.Status);
        Assert.Equal(At(2026, 10, 9, 18, 0), revisit.DueAt);
        var explanation = SlaEngine.Explain(revisit, Policy, China);
        Assert.StartsWith("C6.revisit 回访：2026-09-30 17:40 反馈 → 2 个工作日 → 2026-10-09 18:00，跳过国庆节 10-01 至 10-07", explanation.Chinese, StringComparison.Ordinal);
        Assert.StartsWith("C6.revisit revisit: fed back to front desk 2026-09-30 17:40 → 2 working days → due 2026-10-09 18:00, skipping 国庆节 10-01 to 10-07", explanation.English, StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.Pending, Eval(h, At(2026, 10, 9, 18, 0), "C6.revisit").Status);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, At(2026, 10, 9, 18, 1), "C6.revisit").Status);
    }

    [Fact]
    public void C6_revisit_across_the_Spring_Festival_counts_the_make_up_Saturday()
    {
        var h = Received(At(2026, 2, 12, 9, 0)).Routine(At(2026, 2, 12, 9, 10), At(2026, 2, 12, 9, 20), At(2026, 2, 13, 12, 0), At(2026, 2, 12, 9, 30))
            .Then(new ComplaintResolved(At(2026, 2, 13, 15, 0), Staff, "已修复"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 2, 13, 16, 0), Staff));
        var revisit = Eval(h, At(2026, 2, 16, 0, 0), "C6.revisit");
        // Working days after Friday 13 February: Saturday 14 (调休上班), then Tuesday 24 after the 15–23 holiday.
        Assert.Equal(At(2026, 2, 24, 18, 0), revisit.DueAt);
        var text = SlaEngine.Explain(revisit, Policy, China).Chinese;
        Assert.Contains("跳过春节 02-15 至 02-23", text, StringComparison.Ordinal);
        Assert.Contains("含调休上班 02-14", text, StringComparison.Ordinal);
    }

    [Fact]
    public void C7_an_emergency_notifies_in_3_minutes_escalates_in_5_and_reports_in_24_hours()
    {
        var t = At(2026, 10, 3, 2, 0);
        var h = Received(t, category: ComplaintCategory.LiftEntrapment);
        Assert.Equal(t + Duration.FromMinutes(3), Eval(h, t, "C7.notify").DueAt);
        Assert.Equal(t + Duration.FromMinutes(5), Eval(h, t, "C7.escalate").DueAt);
        Assert.Equal(DeadlineStatus.Pending, Eval(h, t + Duration.FromMinutes(3), "C7.notify").Status);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, t + Duration.FromMinutes(4), "C7.notify").Status);
        h.Then(new DepartmentNotified(t + Duration.FromMinutes(2), Staff, Department.Engineering))
         .Then(new EscalatedToCompanyLeader(t + Duration.FromMinutes(6), OfficeHead));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, t + Duration.FromMinutes(10), "C7.notify").Status);
        Assert.Equal(DeadlineStatus.MetLate, Eval(h, t + Duration.FromMinutes(10), "C7.escalate").Status);
        Assert.Equal(t + Duration.FromMinutes(6) + Duration.FromHours(24), Eval(h, t + Duration.FromMinutes(10), "C7.report").DueAt);
        // A general complaint does not use these clocks.
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(Received(t), t, "C7.notify").Status);
    }

    [Fact]
    public void C8_board_in_10_minutes_report_in_48_hours_verify_in_8_hours_revisit_in_2_working_days()
    {
        var t = At(2026, 9, 30, 9, 0);
        var h = Received(t, category: ComplaintCategory.MainPlantFailure)
            .Then(new EscalatedToCompanyLeader(t + Duration.FromMinutes(4), OfficeHead))
            .Then(new EscalatedToBoardDirector(t + Duration.FromMinutes(13), Leader));
        Assert.Equal(t + Duration.FromMinutes(14), Eval(h, t + Duration.FromMinutes(20), "C8.board").DueAt);
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, t + Duration.FromMinutes(20), "C8.board").Status);
        Assert.Equal(t + Duration.FromMinutes(13) + Duration.FromHours(48), Eval(h, t + Duration.FromMinutes(20), "C8.report").DueAt);
        h.Routine(t + Duration.FromMinutes(20), t + Duration.FromMinutes(30), t + Duration.FromHours(6), t + Duration.FromMinutes(40), ComplaintClass.Major)
         .Then(new ComplaintResolved(At(2026, 9, 30, 17, 0), Staff, "更换主机"));
        Assert.Equal(At(2026, 10, 1, 1, 0), Eval(h, At(2026, 9, 30, 18, 0), "C8.verify").DueAt);
        Assert.Equal(At(2026, 10, 9, 18, 0), Eval(h, At(2026, 9, 30, 18, 0), "C8.revisit").DueAt);
        Assert.Equal(EscalationTarget.DeveloperCustomerService, Eval(h, At(2026, 10, 1, 1, 0), "C8.verify").EscalateTo);
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, At(2026, 9, 30, 18, 0), "C6.revisit").Status);
    }

    [Fact]
    public void C9_the_first_contact_is_told_within_2_hours_of_the_centre_finishing()
    {
        var h = Received(At(2026, 9, 30, 9, 40)).Routine(At(2026, 9, 30, 10, 0), At(2026, 9, 30, 10, 30), At(2026, 9, 30, 18, 0), At(2026, 9, 30, 11, 0))
            .Then(new ComplaintResolved(At(2026, 9, 30, 16, 0), Staff, "已修复"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 9, 30, 17, 0), Staff));
        Assert.Equal(DeadlineStatus.Pending, Eval(h, At(2026, 9, 30, 19, 0), "C9.first-contact").Status);
        var result = Eval(h, At(2026, 9, 30, 19, 1), "C9.first-contact");
        Assert.Equal(DeadlineStatus.Breached, result.Status);
        Assert.Equal(EscalationTarget.FirstContact, result.EscalateTo);
    }

    [Fact]
    public void C12_a_visit_received_after_close_is_investigated_by_the_next_working_days_close()
    {
        var h = Received(At(2026, 9, 30, 19, 0), Channel.Visit);
        Assert.Equal(At(2026, 10, 8, 18, 0), Eval(h, At(2026, 9, 30, 19, 0), "C12.same-day").DueAt);
    }

    [Fact]
    public void C18_a_complaint_received_on_a_make_up_Saturday_is_called_back_that_day()
    {
        var h = Received(At(2026, 10, 10, 10, 0));
        Assert.Equal(At(2026, 10, 10, 18, 0), Eval(h, At(2026, 10, 10, 10, 0), "C18.call-back").DueAt);
        var sunday = Received(At(2026, 10, 11, 10, 0));
        Assert.Equal(At(2026, 10, 12, 18, 0), Eval(sunday, At(2026, 10, 11, 10, 0), "C18.call-back").DueAt);
    }

    [Fact]
    public void C19_engineering_arrives_within_15_minutes_of_a_call_out()
    {
        var t = At(2026, 9, 30, 9, 40);
        var h = Received(t).Routine(t + Duration.FromMinutes(5), t + Duration.FromMinutes(6), t + Duration.FromHours(4), t + Duration.FromMinutes(7));
        Assert.Equal(t + Duration.FromMinutes(22), Eval(h, t + Duration.FromMinutes(8), "C19.arrival").DueAt);
        var security = Received(t).Routine(t + Duration.FromMinutes(5), t + Duration.FromMinutes(6), t + Duration.FromHours(4), t + Duration.FromMinutes(7), department: Department.Security);
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(security, t + Duration.FromMinutes(8), "C19.arrival").Status);
    }

    [Fact]
    public void A_vendor_overrides_one_rule_without_touching_the_rest()
    {
        var policy = Policy.With("C3.dispatch", Allowance.Elapsed(Duration.FromHours(8)));
        Assert.Equal(Allowance.Elapsed(Duration.FromHours(8)), policy["C3.dispatch"].Allowance);
        Assert.Equal(Allowance.Elapsed(Duration.FromHours(12)), Policy["C3.dispatch"].Allowance);
        Assert.Equal(Policy.Rules.Where(r => r.Id.Value != "C3.dispatch"), policy.Rules.Where(r => r.Id.Value != "C3.dispatch"));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Policy.With("C99.nothing", Allowance.WorkingDays(1)));
    }

    [Fact]
    public void Every_timed_rule_of_the_regulation_is_in_the_preset_once()
    {
        var ids = Policy.Rules.Select(r => r.Id.Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (var rule in new[] { "C2", "C3", "C5", "C6", "C7", "C8", "C9", "C12", "C18", "C19", "C20" })
        {
            Assert.Contains(ids, id => id.StartsWith(rule + ".", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Next_due_is_the_earliest_pending_deadline()
    {
        var t = At(2026, 9, 30, 9, 40);
        var h = Received(t);
        Assert.Equal(At(2026, 9, 30, 18, 0), SlaEngine.NextDue(h.Events, Policy, China, t));
        h.Then(new ComplainantCalledBack(t + Duration.FromMinutes(10), Staff))
         .Then(new ComplaintInvestigated(t + Duration.FromMinutes(20), Staff, "现场核实"));
        Assert.Equal(t + Duration.FromHours(24), SlaEngine.NextDue(h.Events, Policy, China, t + Duration.FromMinutes(20)));
    }

    [Fact]
    public void Evaluating_before_receipt_or_with_events_out_of_order_is_refused()
    {
        var t = At(2026, 9, 30, 9, 40);
        var h = Received(t);
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaEngine.Evaluate(h.Events, Policy, China, t - Duration.FromSeconds(1)));
        h.Then(new ComplainantCalledBack(t + Duration.FromMinutes(10), Staff)).Then(new RegisteredAtFrontDesk(t + Duration.FromMinutes(5), Staff));
        var e = Assert.Throws<ArgumentException>(() => SlaEngine.Evaluate(h.Events, Policy, China, t + Duration.FromHours(1)));
        Assert.Contains("out of order", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SlaEngine.Evaluate([new ComplainantCalledBack(t, Staff)], Policy, China, t));
    }

    [Fact]
    public void Bad_policies_are_refused_at_build_naming_the_rule()
    {
        var rule = SlaPresets.CallBack;
        Assert.Contains("C18.call-back", Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", [rule, rule])).Message, StringComparison.Ordinal);
        var same = rule with { Stops = [ComplaintEventKind.Received] };
        Assert.Contains("same event", Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", [same])).Message, StringComparison.Ordinal);
        var unknown = rule with { Stops = [(ComplaintEventKind)99] };
        Assert.Contains("unknown event type", Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", [unknown])).Message, StringComparison.Ordinal);
        var noAllowance = rule with { Allowance = default };
        Assert.Contains("C18.call-back has no allowance", Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", [noAllowance])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Allowance.Elapsed(Duration.FromHours(-2)));
        Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", [rule with { Classes = ComplaintClasses.None }]));
    }

    [Fact]
    public void A_delay_reported_after_a_reopening_leaves_the_first_handling_deadline_alone()
    {
        // Found by the "stopped deadlines never change" property: the first cycle's handling deadline must stay put.
        var t = At(2026, 9, 28, 9, 0);
        var h = Received(t).Routine(t + Duration.FromMinutes(10), t + Duration.FromMinutes(20), t + Duration.FromHours(8), t + Duration.FromMinutes(30))
            .Then(new ComplaintResolved(t + Duration.FromHours(1), Staff, "ok"))
            .Then(new FeedbackGivenToFrontDesk(t + Duration.FromHours(2), Staff))
            .Then(new ComplainantRevisited(t + Duration.FromHours(3), Staff, false, null))
            .Then(new DispatchedToDepartment(t + Duration.FromHours(4), Staff, Department.Engineering))
            .Then(new DelayReported(t + Duration.FromHours(5), Staff, t + Duration.FromDays(3), "缺配件"));
        var evaluation = SlaEngine.Evaluate(h.Events, Policy, China, t + Duration.FromDays(5));
        var first = evaluation["C3.handling", 1];
        Assert.Equal(DeadlineStatus.MetOnTime, first.Status);
        Assert.Equal(t + Duration.FromHours(8), first.DueAt);
        // The second cycle keeps the first deadline until re-assessed; the delay reported before it moved it to the promised time.
        var second = evaluation["C3.handling"];
        Assert.Equal(2, second.Cycle);
        Assert.Equal(t + Duration.FromDays(3), second.DueAt);
        Assert.Equal(DeadlineStatus.Breached, second.Status);
    }
}
