using System;
using FsCheck.Xunit;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.Tests.Sla;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class SlaProperties
{
    private static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;

    /// <summary>
    /// One fold (#20): the decider's state carries the deadline facts the engine reads, folded by the same scan; checked
    /// here against a naive reading of the history written from the rules' text (as YearBlock is checked against the
    /// naive calendar), and against the dues the engine reports for the rules timed from those facts.
    /// </summary>
    [Property]
    public void The_state_s_facts_agree_with_a_naive_reading_and_with_the_engine(SlaCase c)
    {
        var known = c.Events.Where(e => e.At <= c.T1).ToList();
        var facts = Complaint.Replay(known).Facts;

        // The naive reading: the current cycle begins after the last unsatisfied revisit.
        var reopenings = known.Select((e, i) => (e, i)).Where(p => p.e is ComplainantRevisited { Satisfied: false }).Select(p => p.i).ToList();
        var cycleStart = reopenings.Count == 0 ? 0 : reopenings[^1] + 1;
        var cycle = known.Skip(cycleStart).ToList();
        var assessment = known.OfType<ComplaintAssessed>().LastOrDefault();
        Assert.Equal(reopenings.Count + 1, facts.CycleNumber);
        Assert.Equal(assessment?.Class, facts.Cycle.Class);
        Assert.Equal(assessment?.HandlingDeadline, facts.Cycle.HandlingDeadline);
        Assert.Equal(cycle.OfType<ComplaintResolved>().FirstOrDefault()?.At, facts.Cycle.ResolvedAt);
        Assert.Equal(cycle.Select(Named).FirstOrDefault(d => d is not null), facts.Cycle.Department);
        Assert.Equal(known.Select(Named).FirstOrDefault(d => d is not null), facts.FirstDepartment);
        Assert.Equal(known.Any(e => e is OfficeCannotResolve), facts.OfficeCannotResolve);
        Assert.Equal(known.Any(e => e is LeaderCannotCoordinate), facts.LeaderCannotCoordinate);
        Assert.Equal(known.FirstOrDefault(e => e is ComplaintClosed or ClosedByDirectorDecision)?.At, facts.ClosedAt);
        Assert.Equal(known.Any(e => e is ComplaintResolved or ComplaintClosed or ClosedByDirectorDecision), facts.Finished);
        var visit = known.FindIndex(e => e is EngineerArrived);
        var reschedule = known.Take(visit < 0 ? known.Count : visit).OfType<AppointmentRescheduled>().LastOrDefault();
        Assert.Equal(reschedule?.NewAppointment ?? ((ComplaintReceived)known[0]).Appointment, facts.Appointment);
        var lastWaitEvent = known.LastOrDefault(e => e is ComplainantUnavailable or ComplainantAvailable);
        Assert.Equal(lastWaitEvent is ComplainantUnavailable, facts.WaitingSince is not null);

        // A promise counts when a delay was reported, since the cycle's last assessment, at or before the deadline then
        // in force and before the handling was resolved.
        Instant? promised = null;
        var deadline = known.Take(cycleStart).OfType<ComplaintAssessed>().LastOrDefault()?.HandlingDeadline;
        var resolved = false;
        foreach (var e in cycle)
        {
            switch (e)
            {
                case ComplaintAssessed a:
                    deadline = a.HandlingDeadline;
                    promised = null;
                    break;
                case DelayReported d when !resolved && (promised ?? deadline ?? Instant.MaxValue) >= d.At:
                    promised = d.NewPromisedAt;
                    break;
                case ComplaintResolved:
                    resolved = true;
                    break;
            }
        }

        Assert.Equal(promised, facts.Cycle.Promised);
        Assert.Equal(promised ?? deadline, facts.Cycle.HandlingDue);

        // The engine times C3.handling (and any rule timed from the handling deadline) from the same facts.
        var evaluation = SlaEngine.Evaluate(c.Events, Policy, China, c.T1);
        foreach (var rule in Policy.Rules.Where(r => r.Basis == DueBasis.HandlingDeadline))
        {
            var result = evaluation[rule.Id.Value, facts.CycleNumber];
            if (result.DueAt is { } due && result.PausedFor == Duration.Zero)
            {
                Assert.Equal(facts.Cycle.HandlingDue, due);
            }
        }

        static DepartmentKind? Named(ComplaintEvent e) => e switch
        {
            DispatchedToDepartment d => d.Department.Kind,
            DepartmentNotified n => n.Department.Kind,
            _ => null,
        };
    }

    [Property]
    public void An_evaluation_s_next_due_is_the_engine_s_next_due(SlaCase c) =>
        Assert.Equal(SlaEngine.NextDue(c.Events, Policy, China, c.T1), SlaEngine.Evaluate(c.Events, Policy, China, c.T1).NextDue);

    [Property]
    public void A_stopped_deadline_never_changes_as_now_advances(SlaCase c)
    {
        var before = SlaEngine.Evaluate(c.Events, Policy, China, c.T1);
        var after = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        for (var r = 0; r < before.Count; r++)
        {
            if (before[r].IsStopped)
            {
                Assert.Equal(before[r] with { EvaluatedAt = c.T2 }, after[r]);
            }
        }
    }

    [Property]
    public void A_pending_deadline_is_breached_once_now_is_after_its_due_instant(SlaCase c)
    {
        // Only what was known at t1: no later event can stop the clock.
        var known = c.Events.Where(e => e.At <= c.T1).ToList();
        var evaluation = SlaEngine.Evaluate(known, Policy, China, c.T1);
        foreach (var result in evaluation.Where(r => r.Status == DeadlineStatus.Pending && !r.IsPaused))
        {
            var due = result.DueAt!.Value;
            var atDue = SlaEngine.Evaluate(known, Policy, China, due)[result.Rule.Value, result.Cycle];
            var after = SlaEngine.Evaluate(known, Policy, China, due + Duration.Epsilon)[result.Rule.Value, result.Cycle];
            Assert.Equal(DeadlineStatus.Pending, atDue.Status);
            var conditional = Policy[result.Rule.Value].Condition != DutyCondition.None;
            Assert.Equal(conditional ? after.Status : DeadlineStatus.Breached, after.Status);
            Assert.True(after.Status is DeadlineStatus.Breached or DeadlineStatus.AtRisk, $"{result.Rule}: {after.Status} after due");
            Assert.Equal(due, after.DueAt);
        }
    }

    [Property]
    public void Statuses_are_monotonic_in_now(SlaCase c)
    {
        var before = SlaEngine.Evaluate(c.Events, Policy, China, c.T1);
        var after = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        for (var r = 0; r < before.Count; r++)
        {
            var rule = Policy[before[r].Rule.Value];
            var conditional = rule.Condition != DutyCondition.None;

            // A new appointment recorded in between is a new due (C20): the owner was not in at the old one.
            var rescheduled = rule.Basis == DueBasis.Appointment && c.Events.Any(e => e is AppointmentRescheduled && e.At > c.T1 && e.At <= c.T2);

            // A closure in between lapses what was still pending (closure ends every clock).
            var closed = c.Events.Any(e => e.Kind is ComplaintEventKind.Closed or ComplaintEventKind.ClosedByDirectorDecision && e.At > c.T1 && e.At <= c.T2);
            Assert.True(rescheduled || CanFollow(before[r].Status, after[r].Status, conditional || closed), $"{before[r].Rule} (cycle {before[r].Cycle}): {before[r].Status} at t1 but {after[r].Status} at t2");
        }
    }

    [Property]
    public void Tightening_any_allowance_never_turns_a_breach_into_a_pass(SlaCase c, FsCheck.PositiveInt pick)
    {
        var rules = Policy.Rules.Where(r => r.Basis == DueBasis.Allowance && r.Allowance.Kind is AllowanceKind.Elapsed or AllowanceKind.WorkingTime or AllowanceKind.WorkingDays).ToList();
        var rule = rules[pick.Get % rules.Count];
        var tighter = rule.Allowance.Kind switch
        {
            AllowanceKind.WorkingDays => Allowance.WorkingDays(1),
            AllowanceKind.Elapsed => Allowance.Elapsed(rule.Allowance.Duration / 2),
            _ => Allowance.WorkingTime(rule.Allowance.Duration / 2),
        };
        var loose = SlaEngine.Evaluate(c.Events, Policy, China, c.T2, rule.Id.Value);
        var tight = SlaEngine.Evaluate(c.Events, Policy.With(rule.Id.Value, tighter), China, c.T2, rule.Id.Value);
        if (loose.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate)
        {
            Assert.True(tight.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate, $"{rule.Id}: {loose.Status} became {tight.Status}");
        }

        Assert.True(tight.DueAt is null || loose.DueAt is null || tight.DueAt <= loose.DueAt);
    }

    [Property(MaxTest = 50)]
    public void The_parallel_sweep_equals_the_sequential_sweep(FsCheck.NonEmptyArray<SlaCase> cases, FsCheck.PositiveInt partSize)
    {
        var complaints = cases.Get.Select(c => c.Events).ToList();
        var now = cases.Get.Max(c => c.Events[0].At) + Duration.FromHours(cases.Get.Length);
        var sequential = SlaEngine.Sweep(complaints, Policy, China, now, Duration.FromHours(8));
        var parallel = SlaEngine.SweepInParts(complaints, Policy, China, now, Duration.FromHours(8), degreeOfParallelism: 4, minimumPartSize: 1 + partSize.Get % 5);
        Assert.Equal(sequential, parallel);
        // A closed complaint owes nothing more and a sweep never lists it (DESIGN: closure ends every clock).
        var open = complaints.Select(events => Complaint.Replay(events.Where(e => e.At <= now)).Status != ComplaintStatus.Closed).ToList();
        var evaluations = complaints.Select(events => SlaEngine.Evaluate(events, Policy, China, now)).ToList();
        var expected = evaluations.SelectMany((e, i) => e.Where(r => open[i] && r.Status == DeadlineStatus.Breached).Select(r => (i, r.Rule, r.Cycle)));
        Assert.Equal(expected.OrderBy(x => x.i).ThenBy(x => x.Cycle), sequential.Breaches.Select(b => (b.Index, b.Rule, b.Cycle)).OrderBy(x => x.Index).ThenBy(x => x.Cycle));
        var atRisk = evaluations.SelectMany((e, i) => e.Where(r => open[i] && r.Status == DeadlineStatus.AtRisk).Select(r => (i, r.Rule, r.Cycle)));
        Assert.All(sequential.Breaches.Concat(sequential.AtRisk).Concat(sequential.DueSoon), item => Assert.True(open[item.Index]));
        Assert.Equal(atRisk.OrderBy(x => x.i).ThenBy(x => x.Cycle), sequential.AtRisk.Select(b => (b.Index, b.Rule, b.Cycle)).OrderBy(x => x.Index).ThenBy(x => x.Cycle));
    }

    [Property(MaxTest = 300)]
    public void Closure_ends_every_clock_nothing_is_pending_or_at_risk_after_it_and_results_never_change_later(SlaCase c)
    {
        var closure = c.Events.FirstOrDefault(e => e.Kind is ComplaintEventKind.Closed or ComplaintEventKind.ClosedByDirectorDecision);
        if (closure is null || closure.At > c.T2)
        {
            return;
        }

        var atClosure = SlaEngine.Evaluate(c.Events, Policy, China, closure.At);
        var later = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        Assert.DoesNotContain(later, r => r.Status is DeadlineStatus.Pending or DeadlineStatus.AtRisk);
        Assert.Null(SlaEngine.NextDue(c.Events, Policy, China, c.T2));
        Assert.Equal(atClosure.Select(r => (r.Rule, r.Cycle, r.Status)), later.Select(r => (r.Rule, r.Cycle, r.Status)));
        Assert.All(later.Where(r => r.Status == DeadlineStatus.Breached), r => Assert.True(r.DueAt < closure.At));
    }

    [Fact]
    public void The_generated_histories_reach_cycles_conditions_pauses_and_every_status()
    {
        var cases = FsCheck.Fluent.Gen.Sample(Arbitraries.SlaCase().Generator, 1_000, size: 60);
        var evaluations = cases.Select(c => SlaEngine.Evaluate(c.Events, Policy, China, c.T2)).ToList();
        Assert.True(evaluations.Count(e => e.Cycles > 1) > 20, "too few reopened histories");
        Assert.Contains(cases, c => c.Events.Any(e => e is OfficeCannotResolve));
        Assert.Contains(cases, c => c.Events.Any(e => e is LeaderCannotCoordinate));
        Assert.Contains(cases, c => c.Events.Any(e => e is ComplainantUnavailable));
        Assert.Contains(cases, c => c.Events.Any(e => e is AppointmentRescheduled));
        foreach (var status in System.Enum.GetValues<DeadlineStatus>())
        {
            Assert.Contains(evaluations, e => e.Any(r => r.Status == status));
        }
    }

    [Property]
    public void At_risk_never_turns_into_on_time_unless_the_duty_is_done_or_its_condition_lapses(SlaCase c)
    {
        var before = SlaEngine.Evaluate(c.Events, Policy, China, c.T1);
        var after = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        for (var r = 0; r < before.Count; r++)
        {
            if (before[r].Status != DeadlineStatus.AtRisk)
            {
                continue;
            }

            var later = after[r];
            Assert.NotEqual(DeadlineStatus.MetOnTime, later.Status);
            Assert.NotEqual(DeadlineStatus.Pending, later.Status);
            if (later.Status == DeadlineStatus.MetLate)
            {
                Assert.True(later.StoppedAt > c.T1, "done after t1");
            }
        }
    }

    [Property]
    public void Recording_a_condition_never_moves_a_due_earlier_than_the_clause_allows(SlaCase c)
    {
        var evaluation = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        var received = c.Events[0].At;
        Assert.True(evaluation["C7.escalate"].DueAt is null || evaluation["C7.escalate"].DueAt == received + Duration.FromMinutes(5));
        if (c.Events.FirstOrDefault(e => e is EscalatedToCompanyLeader && e.At <= c.T2) is { } escalated)
        {
            Assert.True(evaluation["C8.board"].DueAt is null || evaluation["C8.board"].DueAt == escalated.At + Duration.FromMinutes(10));
        }

        // The same history without the condition records: no due is earlier with them.
        var without = c.Events.Where(e => e is not (OfficeCannotResolve or LeaderCannotCoordinate)).ToList();
        var plain = SlaEngine.Evaluate(without, Policy, China, c.T2);
        for (var r = 0; r < Math.Min(plain.Count, evaluation.Count); r++)
        {
            if (evaluation[r].DueAt is { } due && plain[r].DueAt is { } plainDue)
            {
                Assert.True(due >= plainDue, $"{evaluation[r].Rule}: {due} < {plainDue}");
            }
        }
    }

    [Property]
    public void Adding_a_later_cycle_never_changes_an_earlier_cycles_results(SlaCase c)
    {
        var full = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        var reopenings = c.Events.Select((e, i) => (e, i)).Where(p => p.e is ComplainantRevisited { Satisfied: false } && p.e.At <= c.T2).Select(p => p.i).ToList();
        for (var k = 0; k < reopenings.Count; k++)
        {
            // The history up to the end of cycle k + 1 (the revisit that reopens it is its last event).
            var prefix = c.Events.Take(reopenings[k] + 1).ToList();
            var partial = SlaEngine.Evaluate(prefix, Policy, China, c.T2);
            foreach (var rule in Policy.Rules.Where(r => r.EveryCycle))
            {
                for (var cycle = 1; cycle <= k + 1; cycle++)
                {
                    Assert.Equal(partial[rule.Id.Value, cycle], full[rule.Id.Value, cycle]);
                }
            }
        }
    }

    [Property]
    public void A_wait_never_shortens_a_due(SlaCase c)
    {
        var with = SlaEngine.Evaluate(c.Events, Policy, China, c.T2);
        var without = SlaEngine.Evaluate(c.Events.Where(e => e is not (ComplainantUnavailable or ComplainantAvailable)).ToList(), Policy, China, c.T2);
        for (var r = 0; r < with.Count; r++)
        {
            if (with[r].DueAt is { } due && without[r].DueAt is { } plain)
            {
                Assert.True(due >= plain, $"{with[r].Rule} cycle {with[r].Cycle}: {due} < {plain}");
            }
        }
    }

    // A conditional duty may lapse (to not applicable) while pending or at risk; at risk never becomes on time.
    private static bool CanFollow(DeadlineStatus earlier, DeadlineStatus later, bool conditional) => earlier switch
    {
        DeadlineStatus.NotApplicable => true,
        DeadlineStatus.Pending => later != DeadlineStatus.NotApplicable || conditional,
        DeadlineStatus.AtRisk => later is DeadlineStatus.AtRisk or DeadlineStatus.Breached or DeadlineStatus.MetLate or DeadlineStatus.NotApplicable,
        DeadlineStatus.Breached => later is DeadlineStatus.Breached or DeadlineStatus.MetLate,
        _ => later == earlier,
    };
}
