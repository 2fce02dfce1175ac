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
            var conditional = Policy[before[r].Rule.Value].Condition != DutyCondition.None;
            Assert.True(CanFollow(before[r].Status, after[r].Status, conditional), $"{before[r].Rule} (cycle {before[r].Cycle}): {before[r].Status} at t1 but {after[r].Status} at t2");
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
        var expected = complaints.SelectMany((events, i) => SlaEngine.Evaluate(events, Policy, China, now).Where(r => r.Status == DeadlineStatus.Breached).Select(r => (i, r.Rule)));
        Assert.Equal(expected, sequential.Breaches.Select(b => (b.Index, b.Rule)));
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
