using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.Tests.Accountability;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class AccountabilityProperties
{
    private static readonly AccountabilityPolicy Policy = AccountabilityPresets.CustomerServiceRegulation;
    private static readonly SlaPolicy Sla = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 1, 0);

    [Property]
    public void C11_the_ledger_is_append_only_replaying_any_prefix_gives_a_prefix_of_the_records(LedgerScript script)
    {
        var events = Play(script);
        var final = StaffLedger.Replay(events);
        for (var k = 0; k <= events.Count; k++)
        {
            var prefix = StaffLedger.Replay(events.Take(k));
            Assert.Equal(prefix.Records, final.Records.Take(prefix.Records.Count));
            Assert.True(prefix.Revoked.IsSubsetOf(final.Revoked));
        }

        Assert.Equal(final, StaffLedger.Replay(events));
    }

    [Property]
    public void C11_attribution_finds_exactly_one_owner_per_breach(SlaCase c)
    {
        var evaluation = SlaEngine.Evaluate(c.Events, Sla, China, c.T2);
        var findings = StaffAccountability.Attribute(evaluation, c.Events, Policy);
        Assert.Equal(evaluation.Count(r => r.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate), findings.Length);
        Assert.Equal(findings.Length, findings.Select(f => f.Id).Distinct().Count());
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Accountable)));
    }

    [Property]
    public void C21_the_bottom_ranking_ignores_input_order_and_never_names_someone_better_than_someone_not_named(RankingCase c)
    {
        var (reviews, complaints, findings, ledger) = Inputs(c);
        var policy = Policy with { RankingSize = c.Size };
        var ranking = YearlyAssessment.BottomCandidates(2026, reviews, complaints, findings, ledger, policy, China.Zone);
        var random = new Random(c.Seed);
        var shuffled = YearlyAssessment.BottomCandidates(
            2026, reviews.OrderBy(_ => random.Next()).ToList(), complaints.OrderBy(_ => random.Next()).ToList(), findings.OrderBy(_ => random.Next()).ToList(), ledger, policy, China.Zone);
        Assert.Equal(ranking.Select(x => (x.EmployeeId, x.Position, x.TiedAtCut)), shuffled.Select(x => (x.EmployeeId, x.Position, x.TiedAtCut)));
        var eligible = Enumerable.Range(0, c.Ranks.Length).Count(i => c.Complaints[i] + c.Findings[i] > 0);
        Assert.InRange(ranking.Length, Math.Min(c.Size, eligible), eligible);
        var named = ranking.Select(x => x.EmployeeId).ToHashSet();
        foreach (var i in Enumerable.Range(0, c.Ranks.Length))
        {
            if (c.Complaints[i] + c.Findings[i] == 0)
            {
                Assert.DoesNotContain($"E{i}", named); // nothing against them: never named, whatever their reviews
                continue;
            }

            if (!named.Contains($"E{i}"))
            {
                // Everyone named is at least as bad: more valid complaints, or as many and at least as many violations.
                Assert.All(ranking, x => Assert.True(
                    x.ValidComplaints > c.Complaints[i] || (x.ValidComplaints == c.Complaints[i] && x.Violations >= c.Findings[i]),
                    $"E{i} ({c.Complaints[i]} complaints, {c.Findings[i]} findings) is not named but {x.EmployeeId} is"));
            }
        }

        if (ranking.Length > 0)
        {
            Assert.Equal(Enumerable.Range(0, c.Ranks.Length).Max(i => c.Complaints[i]), ranking[0].ValidComplaints); // the most complaints head the list
        }
    }

    [Property]
    public void C21_the_assessment_and_the_complaint_report_give_one_ranking(RankingCase c)
    {
        // The same year's complaints, as a report built from their histories and as the assessment's input.
        var histories = new List<IReadOnlyList<ComplaintEvent>>();
        var against = new List<ComplaintAgainst>();
        var at = Instant.FromUtc(2026, 3, 2, 2, 0);
        var desk = new Actor("FD1", ActorRole.FrontDesk);
        var owner = new Complainant(PersonName.Of("张三"), UnitAddress.Of("1-1-0101"), PhoneNumber.Parse("13812345678"));
        var n = 0;
        for (var i = 0; i < c.Ranks.Length; i++)
        {
            for (var k = 0; k < c.Complaints[i] + c.Unreasonable[i]; k++)
            {
                var unreasonable = k >= c.Complaints[i];
                var t = at + Duration.FromMinutes(n++);
                var received = new ComplaintReceived(t, desk, ComplaintId.Parse($"Y-{n}"), owner, "噪音", Channel.Phone, ComplaintCategory.RenovationNoise, 1, null, $"E{i}");
                var history = new List<ComplaintEvent> { received, new RegisteredAtFrontDesk(t, desk) };
                if (unreasonable)
                {
                    history.Add(new ComplaintAssessed(t, desk, ComplaintClass.Unreasonable, t + Duration.FromDays(1)));
                }

                histories.Add(history);
                against.Add(ComplaintAgainst.From(Complaint.Replay(history))!.Value);
            }
        }

        var year = new Interval(Instant.FromUtc(2025, 12, 31, 16, 0), Instant.FromUtc(2026, 12, 31, 16, 0));
        var report = ComplaintReport.Build(histories, year, "A", 1000, Sla, China, Instant.FromUtc(2027, 1, 1, 0, 0));
        var policy = Policy with { RankingSize = c.Size };
        var assessed = YearlyAssessment.BottomCandidates(2026, [], against, [], StaffLedger.Initial, policy, China.Zone);
        var fromReport = YearlyAssessment.BottomCandidates(2026, [], report, [], StaffLedger.Initial, policy, China.Zone);
        Assert.Equal(report.BottomRanking(c.Size).Select(s => (s.EmployeeId, s.Complaints)), assessed.Select(x => (x.EmployeeId, x.ValidComplaints)));
        Assert.Equal(assessed, fromReport, (a, b) => a.EmployeeId == b.EmployeeId && a.Position == b.Position && a.TiedAtCut == b.TiedAtCut);
    }

    [Property]
    public void C13_the_revisit_handling_rate_lies_in_0_1_and_counts_only_issues_raised_in_revisits(SlaCase c)
    {
        var period = new Interval(c.Events[0].At - Duration.FromDays(1), c.Events[0].At + Duration.FromDays(1));
        var before = ComplaintReport.Build([c.Events], period, "A", 100, Sla, China, c.T1);
        var after = ComplaintReport.Build([c.Events], period, "A", 100, Sla, China, c.T2);
        foreach (var (report, at) in new[] { (before, c.T1), (after, c.T2) })
        {
            Assert.True(report.RevisitHandlingRate is null || report.RevisitHandlingRate is >= 0 and <= 1);
            var unsatisfied = c.Events.Count(e => e.At <= at && e is ComplainantRevisited { Satisfied: false });
            Assert.Equal(unsatisfied, report.RevisitIssues);
            Assert.True(report.RevisitIssuesResolved is 0 || report.RevisitIssuesResolved == report.RevisitIssues);
        }

        Assert.True(after.RevisitIssues >= before.RevisitIssues);
    }

    private static (List<QuarterlyReview>, List<ComplaintAgainst>, List<Finding>, LedgerState) Inputs(RankingCase c)
    {
        var reviews = new List<QuarterlyReview>();
        var complaints = new List<ComplaintAgainst>();
        var findings = new List<Finding>();
        var ledger = StaffLedger.Initial;
        var at = Instant.FromUtc(2026, 3, 1, 1, 0);
        for (var i = 0; i < c.Ranks.Length; i++)
        {
            var id = $"E{i}";
            ledger = StaffLedger.Execute(new EnrollEmployee(Start, new Actor("HR1", ActorRole.GeneralManager), id, "dept"), ledger).State;
            reviews.Add(new QuarterlyReview(id, "dept", new Quarter(2026, 1), c.Ranks[i], 10));
            complaints.AddRange(Enumerable.Repeat(new ComplaintAgainst(id, ComplaintClass.General, at), c.Complaints[i]));
            complaints.AddRange(Enumerable.Repeat(new ComplaintAgainst(id, ComplaintClass.Unreasonable, at), c.Unreasonable[i]));
            findings.AddRange(Enumerable.Range(0, c.Findings[i]).Select(k => new Finding($"F-{i}-{k}", FindingKind.DutyLate, RuleId.Parse("C6.revisit"), ComplaintId.Parse($"TS-{i}-{k}"), id, ActorRole.FrontDesk, null, at, Duration.FromHours(1))));
        }

        return (reviews, complaints, findings, ledger);
    }

    private static List<LedgerEvent> Play(LedgerScript script)
    {
        var manager = new Actor("GM1", ActorRole.GeneralManager);
        var state = StaffLedger.Initial;
        var events = new List<LedgerEvent>();
        var at = Start;
        var n = 0;
        foreach (var (kind, p) in script.Steps)
        {
            at += Duration.FromHours(1 + p);
            n++;
            LedgerCommand command = kind switch
            {
                0 => new EnrollEmployee(at, manager, $"E{p % 4}", "dept"),
                1 => new RecordSanction(at, p % 5 == 0 ? new Actor("X1", ActorRole.Staff) : manager, $"S-{n % 7}", $"E{p % 4}", (SanctionKind)(p % 5 + 2), p % 3 == 0 ? [] : [$"F-{p}"], "理由"),
                2 => new RecordReward(at, manager, $"R-{n % 7}", $"E{p % 4}", (RewardKind)(p % 4 + 1), "表扬", new Actor("D1", p % 4 == 0 ? ActorRole.Staff : ActorRole.DepartmentHead), new Actor("B1", ActorRole.BoardDirector)),
                3 => new RevokeRecord(at, manager, $"V-{n}", p % 2 == 0 ? $"S-{p % 7}" : $"R-{p % 7}", "撤销"),
                _ => new EnrollEmployee(at, manager, $"E{p}", "dept2"),
            };
            var decision = StaffLedger.Decide(command, state);
            foreach (var e in decision.Events)
            {
                state = StaffLedger.Evolve(state, e);
                events.Add(e);
            }
        }

        return events;
    }
}
