using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using static PropertyOps.Rules.Tests.Sla.History;

namespace PropertyOps.Rules.Tests.Sla;

/// <summary>
/// DESIGN's binding deadline semantics on the 2026 calendar: closure ends every clock, a delay report at the deadline
/// instant is on time, and a wait on the complainant extends a calendar due by the working time it overlaps.
/// </summary>
public class ClosureAndPauseExamples
{
    private static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;
    private static readonly Actor Director = new("E6000", ActorRole.OfficeDirector);

    private static DeadlineResult Eval(History h, Instant now, string rule) => SlaEngine.Evaluate(h.Events, Policy, China, now)[rule];

    // Friday 9 October 2026: dispatched at 11:00, due to be handled by 15:00 (C3), a delay report due by 13:00 (C5).
    private static History Dispatched() =>
        Received(At(2026, 10, 9, 10, 40)).Routine(At(2026, 10, 9, 10, 45), At(2026, 10, 9, 10, 50), At(2026, 10, 9, 15, 0), At(2026, 10, 9, 11, 0));

    private static History ClosedByDirector(Instant at) =>
        Dispatched()
            .Then(new ComplaintInvestigated(At(2026, 10, 9, 11, 30), Staff, "现场核实"))
            .Then(new ReferredToOfficeDirector(At(2026, 10, 9, 11, 40), Staff))
            .Then(new ClosedByDirectorDecision(at, Director, "业主诉求超出物业服务范围，维持原处理意见"));

    [Fact]
    public void C12_a_directors_closure_finishes_the_complaint_C5_lapses_and_C3_handling_stops()
    {
        // Closed at 12:30, before C5's 13:00 and C3's 15:00: both lapse, at any later instant.
        var h = ClosedByDirector(At(2026, 10, 9, 12, 30));
        foreach (var now in new[] { At(2026, 10, 9, 12, 30), At(2026, 10, 9, 14, 0), At(2026, 10, 9, 16, 0), At(2026, 10, 20, 9, 0) })
        {
            Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, now, "C5.response").Status);
            Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, now, "C3.handling").Status);
            Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, now, "C18.call-back").Status); // still open at the closure, due 18:00: lapsed
        }

        Assert.Null(SlaEngine.NextDue(h.Events, Policy, China, At(2026, 10, 9, 12, 30)));
        Assert.Equal(DeadlineStatus.MetOnTime, Eval(h, At(2026, 10, 9, 16, 0), "C12.same-day").Status); // done before the closure: counts
    }

    [Fact]
    public void Closure_ends_every_clock_a_duty_already_past_due_stays_breached_and_a_sweep_never_lists_it()
    {
        // Closed at 15:30 the same day: C3 (15:00) was already past due and stays breached; C5 was owed (the deadline
        // passed unresolved with no report) and stays breached; C18 (18:00) lapses.
        var h = ClosedByDirector(At(2026, 10, 9, 15, 30));
        var at = At(2026, 10, 10, 9, 0);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, at, "C3.handling").Status);
        Assert.Equal(DeadlineStatus.Breached, Eval(h, at, "C5.response").Status);
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, at, "C18.call-back").Status);

        var sweep = SlaEngine.Sweep([h.Events, Dispatched().Events], Policy, China, at, Duration.FromHours(8));
        Assert.All(sweep.Breaches.Concat(sweep.AtRisk).Concat(sweep.DueSoon), item => Assert.Equal(1, item.Index)); // only the open one
        Assert.NotEmpty(sweep.Breaches);
    }

    [Fact]
    public void Closure_an_at_risk_conditional_duty_becomes_not_applicable()
    {
        // A major matter: C7's report to the leader (conditional on the office being unable to resolve it) is at risk at
        // 10:50; the director closes at 11:00: not applicable, never breached.
        var h = Received(At(2026, 10, 9, 10, 40), category: ComplaintCategory.Flooding)
            .Then(new ComplaintInvestigated(At(2026, 10, 9, 10, 42), Staff, "现场核实"))
            .Then(new ReferredToOfficeDirector(At(2026, 10, 9, 10, 44), Staff));
        Assert.Equal(DeadlineStatus.AtRisk, Eval(h, At(2026, 10, 9, 10, 50), "C7.escalate").Status);
        h.Then(new ClosedByDirectorDecision(At(2026, 10, 9, 11, 0), Director, "已处理"));
        Assert.Equal(DeadlineStatus.NotApplicable, Eval(h, At(2026, 10, 9, 12, 0), "C7.escalate").Status);
    }

    [Fact]
    public void C5_a_delay_report_at_the_deadline_instant_is_on_time_and_moves_the_deadline()
    {
        var h = Dispatched().Then(new DelayReported(At(2026, 10, 9, 15, 0), Staff, At(2026, 10, 12, 12, 0), "等配件"));
        var handling = Eval(h, At(2026, 10, 9, 15, 1), "C3.handling");
        Assert.Equal(DeadlineStatus.Pending, handling.Status);
        Assert.Equal(At(2026, 10, 12, 12, 0), handling.DueAt);

        // A minute later it is too late: the deadline stands and is breached.
        var late = Dispatched().Then(new DelayReported(At(2026, 10, 9, 15, 1), Staff, At(2026, 10, 12, 12, 0), "等配件"));
        Assert.Equal(DeadlineStatus.Breached, Eval(late, At(2026, 10, 9, 15, 2), "C3.handling").Status);
    }

    [Fact]
    public void C6_a_paused_revisit_is_extended_by_the_working_time_of_the_wait_and_never_falls_due_on_a_sunday_evening()
    {
        // Feedback Wednesday 14 October 16:00 → revisit due Friday 16 October 18:00 (2 working days).
        var h = Dispatched()
            .Then(new ComplaintResolved(At(2026, 10, 14, 15, 0), Staff, "已修复"))
            .Then(new FeedbackGivenToFrontDesk(At(2026, 10, 14, 16, 0), Staff));
        Assert.Equal(At(2026, 10, 16, 18, 0), Eval(h, At(2026, 10, 14, 16, 0), "C6.revisit").DueAt);

        // The owner is away from Friday 16:00 to Sunday 18:00: the wait overlaps 2 working hours (Friday 16:00–18:00), so
        // the due moves by those 2 working hours — to Monday 19 October 11:00 — not by 50 elapsed hours to Sunday evening.
        h.Then(new ComplainantUnavailable(At(2026, 10, 16, 16, 0), Staff, "业主出差"))
         .Then(new ComplainantAvailable(At(2026, 10, 18, 18, 0), Staff));
        var revisit = Eval(h, At(2026, 10, 18, 18, 0), "C6.revisit");
        Assert.Equal(At(2026, 10, 19, 11, 0), revisit.DueAt);
        Assert.Equal(DeadlineStatus.Pending, revisit.Status);
        Assert.True(China.IsWorkingDay(revisit.DueAt!.Value.InZone(China.Zone).Date));
    }

    [Fact]
    public void Elapsed_dues_are_still_extended_by_the_elapsed_overlap()
    {
        // A custom policy pausing the C6 feedback (2 h elapsed): a 30-minute wait moves it by 30 minutes.
        var policy = SlaPolicy.Create("test", [SlaPresets.Feedback with { PausesWhileWaitingOnComplainant = true }]);
        var h = Dispatched()
            .Then(new ComplaintResolved(At(2026, 10, 9, 20, 0), Staff, "已修复"))
            .Then(new ComplainantUnavailable(At(2026, 10, 9, 20, 30), Staff, "业主外出"))
            .Then(new ComplainantAvailable(At(2026, 10, 9, 21, 0), Staff));
        Assert.Equal(At(2026, 10, 9, 22, 30), SlaEngine.Evaluate(h.Events, policy, China, At(2026, 10, 9, 21, 0))["C6.feedback"].DueAt);
    }
}
