using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using static PropertyOps.Rules.Tests.Sla.History;

namespace PropertyOps.Rules.Tests.Accountability;

public class AccountabilityExamples
{
    private static readonly AccountabilityPolicy Policy = AccountabilityPresets.CustomerServiceRegulation;
    private static readonly SlaPolicy Sla = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;
    private static readonly Actor Guard = new("S001", ActorRole.Staff);
    private static readonly Actor Desk = new("E2001", ActorRole.FrontDesk);
    private static readonly Actor Director = new("E6000", ActorRole.OfficeDirector);
    private static readonly Actor Manager = new("E9000", ActorRole.GeneralManager);
    private static readonly Actor CleaningHead = new("E3000", ActorRole.DepartmentHead);
    private static readonly Actor Board = new("B001", ActorRole.BoardDirector);

    private static ComplaintReceived Receipt(Instant t, Actor by, string id = "TS-1", Channel channel = Channel.Visit) =>
        new(t, by, ComplaintId.Parse(id), Complainant.Of("张伟", "3栋1201", "13812345678"), "楼道灯坏了", channel, ComplaintCategory.SharedFacilityFault, 1, null);

    [Fact]
    public void C9_a_security_guard_who_sends_an_owner_away_without_naming_anyone_is_accountable()
    {
        var t = At(2026, 10, 12, 20, 0);
        var state = Complaint.Execute(new ReceiveComplaint(t, Guard, ComplaintId.Parse("TS-1"), Complainant.Of("张伟", "3栋1201", "13812345678"), "楼道灯坏了", Channel.Visit, ComplaintCategory.SharedFacilityFault), Complaint.Initial);
        var decision = Complaint.Decide(new RecordFirstContactResponse(t + Duration.FromMinutes(1), Guard, FirstContactAction.Redirected), state.State);
        var events = new List<ComplaintEvent>(state.Events);
        events.AddRange(decision.Events);
        var finding = Assert.Single(StaffAccountability.FirstContactFindings(events, t + Duration.FromHours(1), Policy));
        Assert.Equal(FindingKind.FirstContactRedirectUnnamed, finding.Kind);
        Assert.Equal("S001", finding.EmployeeId);
        Assert.Equal("C9", finding.Rule.Value);
        Assert.DoesNotContain("13812345678", finding.ToString(), StringComparison.Ordinal);

        // Naming who will handle it is what the regulation asks (告知…责任人): no finding.
        var named = new List<ComplaintEvent> { state.Events[0], new FirstContactResponded(t + Duration.FromMinutes(1), Guard, FirstContactAction.Redirected, "engineering") };
        Assert.Empty(StaffAccountability.FirstContactFindings(named, t + Duration.FromHours(30), Policy));

        // Neither taking it on nor redirecting it, nor passing it to the front desk, within 24 hours.
        List<ComplaintEvent> ignored = [state.Events[0]];
        Assert.Empty(StaffAccountability.FirstContactFindings(ignored, t + Duration.FromHours(24), Policy));
        Assert.Equal(FindingKind.FirstContactIgnored, Assert.Single(StaffAccountability.FirstContactFindings(ignored, t + Duration.FromHours(25), Policy)).Kind);

        // Only the first contact records the response.
        Assert.Equal("C9", Complaint.Decide(new RecordFirstContactResponse(t + Duration.FromMinutes(2), Desk, FirstContactAction.Accepted), state.State).Violation!.Rule.Value);
    }

    [Fact]
    public void C9_a_head_who_does_not_act_on_a_finding_against_their_staff_is_accountable_too()
    {
        var ledger = Roster(("S001", "security"), ("E3100", "security"));
        var finding = new Finding("TS-1:C9:redirect", FindingKind.FirstContactRedirectUnnamed, RuleId.Parse("C9"), ComplaintId.Parse("TS-1"), "S001", ActorRole.Staff, null, At(2026, 10, 12, 20, 1), null);
        var heads = new Dictionary<string, string> { ["security"] = "E3100" };
        Assert.Empty(StaffAccountability.UnactedFindings([finding], ledger, heads, At(2026, 11, 10, 0, 0), Policy));
        var head = Assert.Single(StaffAccountability.UnactedFindings([finding], ledger, heads, At(2026, 11, 12, 0, 0), Policy));
        Assert.Equal(FindingKind.HeadDidNotAct, head.Kind);
        Assert.Equal("E3100", head.EmployeeId);

        // Once a sanction cites the finding, the head has acted.
        ledger = StaffLedger.Execute(new RecordSanction(At(2026, 10, 20, 9, 0), Director, "S-1", "S001", SanctionKind.WrittenWarning, ["TS-1:C9:redirect"], "未告知责任人"), ledger).State;
        Assert.Empty(StaffAccountability.UnactedFindings([finding], ledger, heads, At(2026, 11, 12, 0, 0), Policy));
    }

    [Fact]
    public void C9_covers_every_first_contact_an_enquiry_by_letter_or_call_as_much_as_a_complaint()
    {
        var t = At(2026, 10, 12, 10, 0);
        var letter = new Contact("V-2026-0101", ContactKind.Enquiry, Channel.Written, t, Guard);
        Assert.Empty(StaffAccountability.FirstContactFindings(letter, t + Duration.FromHours(24), Policy));
        var ignored = Assert.Single(StaffAccountability.FirstContactFindings(letter, t + Duration.FromHours(25), Policy));
        Assert.Equal((FindingKind.FirstContactIgnored, "S001"), (ignored.Kind, ignored.EmployeeId));
        Assert.Null(ignored.ComplaintId);

        var call = new Contact("V-2026-0102", ContactKind.Enquiry, Channel.Phone, t, Guard, new ContactResponse(FirstContactAction.Redirected, t + Duration.FromMinutes(3)));
        Assert.Equal(FindingKind.FirstContactRedirectUnnamed, Assert.Single(StaffAccountability.FirstContactFindings(call, t + Duration.FromHours(1), Policy)).Kind);
        var named = new Contact("V-2026-0103", ContactKind.Suggestion, Channel.Visit, t, Guard, new ContactResponse(FirstContactAction.Redirected, t + Duration.FromMinutes(3), "客服部 王经理"));
        Assert.Empty(StaffAccountability.FirstContactFindings(named, t + Duration.FromDays(3), Policy));
        var taken = new Contact("V-2026-0104", ContactKind.Request, Channel.Visit, t, Guard, new ContactResponse(FirstContactAction.Accepted, t + Duration.FromHours(30)));
        Assert.Single(StaffAccountability.FirstContactFindings(taken, t + Duration.FromHours(26), Policy)); // the response came later than now
        Assert.Empty(StaffAccountability.FirstContactFindings(taken, t + Duration.FromHours(31), Policy));
        Assert.Throws<ArgumentException>(() => new Contact("V-1", ContactKind.Enquiry, Channel.Visit, t, new Actor("OWNER-1", ActorRole.Complainant)));
        Assert.Throws<ArgumentException>(() => new Contact("V-1", ContactKind.Enquiry, Channel.Visit, t, Guard, new ContactResponse(FirstContactAction.Accepted, t - Duration.FromMinutes(1))));
        Assert.DoesNotContain("张", letter.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void C11_first_contact_failures_are_fined_and_a_head_who_fined_the_employee_is_not_found_against()
    {
        var ledger = Roster(("S001", "security"), ("E3100", "security"));
        var finding = new Finding("V-7:C9:redirect", FindingKind.FirstContactRedirectUnnamed, RuleId.Parse("C9"), null, "S001", ActorRole.Staff, null, At(2026, 10, 12, 20, 1), null);
        var heads = new Dictionary<string, string> { ["security"] = "E3100" };

        // 处罚以罚金为主: a fine of 50 yuan, recorded in fen, cites the finding within the head's 30 days.
        ledger = StaffLedger.Execute(new RecordSanction(At(2026, 10, 20, 9, 0), Director, "S-9", "S001", SanctionKind.Fine, ["V-7:C9:redirect"], "首问未告知责任人", FineFen: 5_000), ledger).State;
        var fine = Assert.IsType<SanctionRecorded>(ledger.Records.Single());
        Assert.Equal((SanctionKind.Fine, 5_000L), (fine.Kind, fine.FineFen!.Value));
        Assert.Empty(StaffAccountability.UnactedFindings([finding], ledger, heads, At(2026, 12, 1, 0, 0), Policy));
        Assert.Equal("罚金", StaffAccountability.Chinese(SanctionKind.Fine));

        // A fine states its amount; no other sanction carries one.
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordSanction(At(2026, 10, 20, 9, 0), Director, "S-10", "S001", SanctionKind.Fine, ["x"], "r"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordSanction(At(2026, 10, 20, 9, 0), Director, "S-10", "S001", SanctionKind.Fine, ["x"], "r", FineFen: 0));
        Assert.Throws<ArgumentException>(() => new RecordSanction(At(2026, 10, 20, 9, 0), Director, "S-10", "S001", SanctionKind.Demerit, ["x"], "r", FineFen: 100));

        // A head who acts only after the 30 days has not acted in time.
        var late = Roster(("S001", "security"), ("E3100", "security"));
        late = StaffLedger.Execute(new RecordSanction(At(2026, 11, 20, 9, 0), Director, "S-9", "S001", SanctionKind.Fine, ["V-7:C9:redirect"], "首问未告知责任人", FineFen: 5_000), late).State;
        Assert.Single(StaffAccountability.UnactedFindings([finding], late, heads, At(2026, 12, 1, 0, 0), Policy));
    }

    [Fact]
    public void C13_duties_are_recorded_per_officer_and_area_and_the_handling_rate_counts_issues_raised_in_revisits()
    {
        var officer = new Actor("E2101", ActorRole.Staff);
        var revisit = AccountabilityPresets.AreaRevisit("E2101", "3栋");
        Assert.Equal(("E2101", "3栋"), (revisit.Officer, revisit.Area));
        var log = DutyLog.For(revisit, AccountabilityPresets.OwnersForum("cuiyuan"));

        // Only the officer who owes a personal duty records it.
        var byOther = new DutyHeld(revisit.Id, At(2026, 2, 10, 10, 0), Director, ["3-1-101"], "代为回访");
        var refusal = log.Decide(byOther, At(2026, 2, 10, 12, 0)).Violation;
        Assert.Equal("C13", refusal!.Rule.Value);
        Assert.Equal(refusal, Assert.Throws<RuleViolationException>(() => log.Record(byOther, At(2026, 2, 10, 12, 0))).Violation);

        log = log.Record(new DutyHeld(revisit.Id, At(2026, 2, 10, 10, 0), officer, ["3-1-101", "3-1-102", "3-2-201"], "回访 3 栋", ["I-1", "I-2"]), At(2026, 2, 10, 12, 0));
        log = log.Record(new DutyHeld("forum:cuiyuan", At(2026, 3, 20, 19, 0), Director, ["cuiyuan"], "业主座谈会", ["I-3"]), At(2026, 3, 20, 21, 0));
        Assert.Single(log.HeldBy("E2101"));
        Assert.Single(log.Covering("3-1-102"));
        Assert.DoesNotContain("3-1-102", log.Held[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(3, log.IssuesRaised(At(2026, 4, 1, 0, 0)));
        Assert.Equal(0m, log.RevisitHandlingRate(At(2026, 4, 1, 0, 0)));

        log = log.Resolve("I-1", At(2026, 2, 12, 10, 0), At(2026, 2, 12, 10, 0));
        log = log.Resolve("I-3", At(2026, 3, 25, 10, 0), At(2026, 3, 25, 10, 0));
        Assert.Equal(2m / 3m, log.RevisitHandlingRate(At(2026, 4, 1, 0, 0)));
        Assert.Equal(0.5m, log.RevisitHandlingRate(At(2026, 3, 1, 0, 0))); // as of 1 March: I-1 and I-2 raised, I-1 resolved
        Assert.Null(DutyLog.For(revisit).RevisitHandlingRate(At(2026, 4, 1, 0, 0)));
        Assert.Equal("C13", log.Decide(new IssueResolved("I-1", At(2026, 3, 26, 10, 0)), At(2026, 3, 26, 10, 0)).Violation!.Rule.Value);
        Assert.Equal("C13", log.Decide(new IssueResolved("I-9", At(2026, 3, 26, 10, 0)), At(2026, 3, 26, 10, 0)).Violation!.Rule.Value);
        Assert.Equal("C13", log.Decide(new IssueResolved("I-2", At(2026, 2, 1, 10, 0)), At(2026, 3, 26, 10, 0)).Violation!.Rule.Value); // before it was raised
        Assert.Equal(1m, log.Resolve("I-2", At(2026, 3, 26, 10, 0), At(2026, 3, 26, 10, 0)).RevisitHandlingRate(At(2026, 4, 1, 0, 0)));
    }

    [Fact]
    public void C13_exclusions_from_the_valid_complaint_rate_are_a_company_setting_off_by_default()
    {
        Assert.Empty(AccountabilityPresets.CustomerServiceRegulation.NotCompanyFault);
    }

    [Fact]
    public void C11_breaches_are_attributed_to_whoever_owned_the_duty()
    {
        var t = At(2026, 10, 12, 9, 0);
        var events = new List<ComplaintEvent>
        {
            Receipt(t, Guard),
            new RegisteredAtFrontDesk(t + Duration.FromMinutes(10), Desk),
            new ComplaintAssessed(t + Duration.FromMinutes(20), Desk, ComplaintClass.General, t + Duration.FromHours(4)),
            new DispatchedToDepartment(t + Duration.FromMinutes(30), Desk, Department.Engineering),
            new ComplaintResolved(t + Duration.FromHours(1), new Actor("E3300", ActorRole.Staff), "更换灯管"),
            new FeedbackGivenToFrontDesk(t + Duration.FromHours(5), new Actor("E3300", ActorRole.Staff)),
        };
        var evaluation = SlaEngine.Evaluate(events, Sla, China, t + Duration.FromHours(10));
        var findings = StaffAccountability.Attribute(evaluation, events, Policy);
        var late = Assert.Single(findings, f => f.Rule.Value == "C6.feedback");
        Assert.Equal(FindingKind.DutyLate, late.Kind);
        Assert.Equal("E3300", late.EmployeeId);
        Assert.Equal(Duration.FromHours(2), late.Late);
        var callBack = Assert.Single(findings, f => f.Rule.Value == "C18.call-back");
        Assert.Equal(FindingKind.DutyBreached, callBack.Kind);
        Assert.Equal("E2001", callBack.EmployeeId);
        Assert.Equal(findings.Length, evaluation.Count(r => r.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate));
    }

    [Fact]
    public void C11_a_fifth_late_revisit_in_a_quarter_suggests_a_demerit()
    {
        var findings = new List<Finding>();
        var ledger = Roster(("E2001", "customer-service"));
        for (var i = 1; i <= 5; i++)
        {
            var t = At(2026, 7, 13, 9, 0) + Duration.FromDays(7 * (i - 1)); // a Monday each week of the third quarter
            var revisitor = new Actor("E2001", ActorRole.FrontDesk);
            var events = new List<ComplaintEvent>
            {
                Receipt(t, Guard, $"TS-{i}", Channel.Phone),
                new RegisteredAtFrontDesk(t + Duration.FromMinutes(10), Desk),
                new ComplaintAssessed(t + Duration.FromMinutes(20), Desk, ComplaintClass.General, t + Duration.FromHours(4)),
                new DispatchedToDepartment(t + Duration.FromMinutes(30), Desk, Department.Cleaning),
                new ComplaintResolved(t + Duration.FromHours(1), new Actor("E3300", ActorRole.Staff), "已处理"),
                new FeedbackGivenToFrontDesk(t + Duration.FromHours(2), new Actor("E3300", ActorRole.Staff)),
                new ComplainantRevisited(t + Duration.FromDays(4), revisitor, true, null), // Friday: the revisit was due Wednesday 18:00
            };
            findings.AddRange(StaffAccountability.Attribute(SlaEngine.Evaluate(events, Sla, China, t + Duration.FromDays(5)), events, Policy).Where(f => f.Rule.Value == "C6.revisit"));
            var suggestion = StaffAccountability.SuggestSanction("E2001", findings, ledger, t + Duration.FromDays(5), Policy);
            if (i < 3)
            {
                Assert.Null(suggestion);
            }
            else if (i < 5)
            {
                Assert.Equal(SanctionKind.WrittenWarning, suggestion!.Sanction);
            }
            else
            {
                Assert.Equal(SanctionKind.Demerit, suggestion!.Sanction);
                Assert.Equal(5, suggestion.FindingIds.Length);
                Assert.Contains("记过", suggestion.Chinese, StringComparison.Ordinal);
            }
        }

        Assert.All(findings, f => Assert.Equal("E2001", f.EmployeeId));
    }

    [Fact]
    public void C11_the_ledger_refuses_what_the_regulation_does_not_allow_and_records_nothing()
    {
        var ledger = Roster(("E2001", "customer-service"));
        var at = At(2026, 10, 20, 9, 0);
        var noBoard = new RecordReward(at, Manager, "R-1", "E2001", RewardKind.Commendation, "业主表扬信", CleaningHead, default);
        Assert.Equal("C11", StaffLedger.Decide(noBoard, ledger).Violation!.Rule.Value);
        var noDepartment = new RecordReward(at, Manager, "R-1", "E2001", RewardKind.Commendation, "业主表扬信", Board, Board);
        Assert.Equal("C11", StaffLedger.Decide(noDepartment, ledger).Violation!.Rule.Value);
        Assert.Equal("C11", StaffLedger.Decide(new RecordSanction(at, Manager, "S-1", "E2001", SanctionKind.WrittenWarning, [], "无依据"), ledger).Violation!.Rule.Value);
        Assert.Equal("C11", StaffLedger.Decide(new RecordSanction(at, Manager, "S-1", "E4040", SanctionKind.WrittenWarning, ["F-1"], "不在名册"), ledger).Violation!.Rule.Value);
        Assert.Equal("C11", StaffLedger.Decide(new RecordSanction(at, Desk, "S-1", "E2001", SanctionKind.WrittenWarning, ["F-1"], "前台无权"), ledger).Violation!.Rule.Value);

        var reward = new RecordReward(at, Manager, "R-1", "E2001", RewardKind.MinorMerit, "业主表扬信", CleaningHead, Board);
        ledger = StaffLedger.Execute(reward, ledger).State;
        Assert.Single(ledger.RewardsOf("E2001"));
        Assert.True(StaffLedger.Decide(reward, ledger).IsAccepted);
        Assert.Empty(StaffLedger.Decide(reward, ledger).Events); // a retry records nothing twice
        Assert.Equal("C11", StaffLedger.Decide(new RecordSanction(at, Manager, "R-1", "E2001", SanctionKind.Demerit, ["F-1"], "号码重复"), ledger).Violation!.Rule.Value);

        ledger = StaffLedger.Execute(new RevokeRecord(at + Duration.FromDays(1), Manager, "V-1", "R-1", "表扬信不实"), ledger).State;
        Assert.Empty(ledger.RewardsOf("E2001"));
        Assert.Equal(2, ledger.Records.Count); // the reward stays, the revocation is a record of its own
        Assert.Equal("C11", StaffLedger.Decide(new RevokeRecord(at + Duration.FromDays(2), Manager, "V-2", "R-1", "再撤销"), ledger).Violation!.Rule.Value);
    }

    [Fact]
    public void C13_a_directors_second_home_visit_meets_the_yearly_duty_and_a_forum_is_overdue_on_1_July()
    {
        var zone = China.Zone;
        var visits = AccountabilityPresets.DirectorHomeVisits("E6000");
        var forum = AccountabilityPresets.OwnersForum("cuiyuan");
        var log = DutyLog.For(visits, forum);
        log = log.Record(new DutyHeld(visits.Id, At(2026, 3, 14, 10, 0), Director, ["3-1201"], "走访 3 栋 1201"), At(2026, 3, 14, 12, 0));
        log = log.Record(new DutyHeld(visits.Id, At(2026, 9, 19, 10, 0), Director, ["5-302"], "走访 5 栋 302"), At(2026, 9, 19, 12, 0));
        var inAdvance = new DutyHeld(forum.Id, At(2026, 7, 20, 19, 0), Director, ["cuiyuan"], "业主座谈会");
        Assert.Equal("C13", log.Decide(inAdvance, At(2026, 7, 1, 9, 0)).Violation!.Rule.Value);
        Assert.Throws<RuleViolationException>(() => log.Record(inAdvance, At(2026, 7, 1, 9, 0)));

        var statuses = PeriodicDutySchedule.Evaluate(log, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), At(2026, 7, 1, 9, 0), zone);
        var year = Assert.Single(statuses, s => s.Duty.Id == visits.Id);
        Assert.Equal(PeriodicDutyState.Met, year.State);
        Assert.Equal(2, year.Held);
        var firstHalf = Assert.Single(statuses, s => s.Duty.Id == forum.Id && s.From == new LocalDate(2026, 1, 1));
        Assert.Equal(PeriodicDutyState.Overdue, firstHalf.State);
        Assert.Equal(At(2026, 7, 1, 0, 0), firstHalf.DueAt);
        Assert.Contains("已逾期", firstHalf.Chinese, StringComparison.Ordinal);
        Assert.Equal(PeriodicDutyState.Pending, Assert.Single(statuses, s => s.Duty.Id == forum.Id && s.From == new LocalDate(2026, 7, 1)).State);
        Assert.Equal(PeriodicDutyState.Pending, PeriodicDutySchedule.Evaluate(log, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30), At(2026, 6, 30, 23, 59), zone).Single(s => s.Duty.Id == forum.Id).State);

        log = log.Record(new DutyHeld(visits.Id, At(2026, 11, 21, 10, 0), Director, ["8-101"], "走访 8 栋 101"), At(2026, 11, 21, 12, 0));
        Assert.Equal(PeriodicDutyState.MoreThanRequired, PeriodicDutySchedule.Evaluate(log, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), At(2026, 12, 31, 0, 0), zone).Single(s => s.Duty.Id == visits.Id).State);
    }

    [Fact]
    public void C21_the_yearly_assessment_names_3_to_5_leaves_out_unreasonable_complaints_and_reports_ties()
    {
        var ledger = Roster(("E1", "security"), ("E2", "security"), ("E3", "security"), ("E4", "cleaning"), ("E5", "cleaning"), ("E6", "cleaning"), ("E7", "cleaning"));
        var q = new Quarter(2026, 1);
        var reviews = new[] { new QuarterlyReview("E1", "security", q, 3, 3), new QuarterlyReview("E2", "security", q, 2, 3), new QuarterlyReview("E3", "security", q, 1, 3) };
        var t = At(2026, 5, 1, 9, 0);
        var complaints = new[]
        {
            new ComplaintAgainst("E4", ComplaintClass.General, t), new ComplaintAgainst("E4", ComplaintClass.General, t),
            new ComplaintAgainst("E5", ComplaintClass.Unreasonable, t), new ComplaintAgainst("E5", ComplaintClass.Unreasonable, t),
            new ComplaintAgainst("E6", ComplaintClass.Major, At(2025, 5, 1, 9, 0)),
            new ComplaintAgainst("E2", ComplaintClass.General, t), new ComplaintAgainst("E3", ComplaintClass.General, t), new ComplaintAgainst("E7", ComplaintClass.General, t),
        };
        var candidates = YearlyAssessment.BottomCandidates(2026, reviews, complaints, [], ledger, Policy, China.Zone);
        Assert.Equal("E4", candidates[0].EmployeeId); // most valid complaints of the year (全年业主投诉最多)
        Assert.Equal(2, candidates[0].ValidComplaints);
        Assert.DoesNotContain(candidates, c => c.EmployeeId is "E1" or "E5" or "E6"); // nothing valid against them in 2026
        // E2, E3 and E7 have one complaint each: the reviews order them (E2 ranked 2 of 3 is worse than E3 ranked 1 of 3;
        // E7 was never reviewed and is not scored as middling), so E2 and E3 fill the three places and E7 is not named.
        Assert.Equal(["E4", "E2", "E3"], candidates.Select(c => c.EmployeeId));
        Assert.All(candidates, c => Assert.False(c.TiedAtCut));
        Assert.Equal([new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4)], candidates[1].MissingReviews.ToArray());
        Assert.Throws<ArgumentException>(() => YearlyAssessment.BottomCandidates(2026, reviews, complaints, [], ledger, Policy with { RankingSize = 6 }, China.Zone));
        Assert.Throws<ArgumentException>(() => (Policy with { RankingSize = 2 }).Validate());
    }

    [Fact]
    public void C21_the_employee_with_all_the_years_complaints_is_named_even_with_the_best_reviews()
    {
        var ledger = Roster(("E1", "security"), ("E2", "security"), ("E3", "security"), ("E4", "security"));
        var reviews = Enumerable.Range(1, 4).SelectMany(n => new[]
        {
            new QuarterlyReview("E1", "security", new Quarter(2026, n), 1, 4), // the best, every quarter
            new QuarterlyReview("E2", "security", new Quarter(2026, n), 4, 4), // the worst, every quarter
            new QuarterlyReview("E3", "security", new Quarter(2026, n), 3, 4),
            new QuarterlyReview("E4", "security", new Quarter(2026, n), 2, 4),
        }).ToArray();
        var complaints = Enumerable.Range(0, 7).Select(i => new ComplaintAgainst("E1", ComplaintClass.General, At(2026, 3 + i, 10, 9, 0))).ToArray();
        var candidates = YearlyAssessment.BottomCandidates(2026, reviews, complaints, [], ledger, Policy, China.Zone);
        var named = Assert.Single(candidates);
        Assert.Equal("E1", named.EmployeeId);
        Assert.Equal(7, named.ValidComplaints);
        Assert.Equal(0m, named.AverageStanding);
        Assert.Contains(named.Reasons, r => r.Contains("全年有效业主投诉 7 次", StringComparison.Ordinal));
    }

    [Fact]
    public void C21_an_employee_with_no_complaints_findings_or_sanctions_is_never_named_and_a_missing_review_is_a_finding_against_the_head()
    {
        var ledger = Roster(("E1", "security"), ("E2", "security"), ("H1", "security"));
        var reviews = new[] { new QuarterlyReview("E1", "security", new Quarter(2026, 1), 2, 2) }; // E2 never reviewed
        var finding = new Finding("TS-9:C6.revisit:1", FindingKind.DutyLate, RuleId.Parse("C6.revisit"), ComplaintId.Parse("TS-9"), "E1", ActorRole.FrontDesk, null, At(2026, 6, 1, 9, 0), Duration.FromHours(3));
        var candidates = YearlyAssessment.BottomCandidates(2026, reviews, [], [finding], ledger, Policy, China.Zone);
        Assert.Equal(["E1"], candidates.Select(c => c.EmployeeId)); // E2: nothing against them, missing reviews notwithstanding
        Assert.DoesNotContain(YearlyAssessment.BottomCandidates(2026, [], [], [], ledger, Policy, China.Zone), _ => true);

        var heads = new Dictionary<string, string> { ["security"] = "H1" };
        var missing = YearlyAssessment.MissingReviews(2026, reviews, ledger, heads, At(2026, 7, 15, 9, 0), China.Zone);
        // Q1 and Q2 have ended by 15 July: E1 lacks Q2, E2 lacks both, the head H1 lacks both (owed by the office, by role).
        Assert.Equal(5, missing.Length);
        Assert.All(missing, f => Assert.Equal(FindingKind.ReviewMissing, f.Kind));
        Assert.All(missing.Where(f => !f.Id.StartsWith("review:H1", StringComparison.Ordinal)), f => Assert.Equal("H1", f.EmployeeId));
        Assert.Equal(At(2026, 7, 1, 0, 0), missing.Single(f => f.Id == "review:E2:2026Q2").DueAt);
        Assert.Null(missing.Single(f => f.Id == "review:H1:2026Q1").EmployeeId);
        Assert.Null(missing[0].ComplaintId);
    }

    private static LedgerState Roster(params (string Id, string Department)[] employees)
    {
        var ledger = StaffLedger.Initial;
        foreach (var (id, department) in employees)
        {
            ledger = StaffLedger.Execute(new EnrollEmployee(At(2026, 1, 1, 9, 0), Manager, id, department), ledger).State;
        }

        return ledger;
    }
}
