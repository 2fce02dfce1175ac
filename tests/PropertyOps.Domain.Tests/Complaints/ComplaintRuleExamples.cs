using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using static PropertyOps.Domain.Tests.Complaints.ComplaintScenario;

namespace PropertyOps.Domain.Tests.Complaints;

public class ComplaintRuleExamples
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 9, 30, 1, 0);
    private static readonly Actor Owner1 = new("OWNER-1", ActorRole.Complainant);

    private static ComplaintScenario Received(Channel channel = Channel.Phone, ComplaintCategory category = ComplaintCategory.InUnitRepair, int households = 1, Instant? appointment = null) =>
        new ComplaintScenario(T0).Then(t => Receipt(t, channel, category, households, appointment));

    private static void AssertRefused(RuleViolation? violation, string rule)
    {
        Assert.NotNull(violation);
        Assert.Equal(rule, violation.Rule.Value);
    }

    [Fact]
    public void C1_receipt_records_time_complainant_unit_phone_subject_channel_and_first_contact()
    {
        var s = Received();
        var received = Assert.IsType<ComplaintReceived>(Assert.Single(s.Events));
        Assert.Equal(s.Now, received.At);
        Assert.Equal("张伟", received.Complainant.Name.Value);
        Assert.Equal("3栋2单元1201", received.Complainant.Unit.Value);
        Assert.Equal("13812345678", received.Complainant.Phone.Value);
        Assert.Equal("卫生间漏水", received.Subject);
        Assert.Equal(Channel.Phone, received.Channel);
        Assert.Equal(Receiver, s.State.FirstContact);
        Assert.Equal(ComplaintStatus.Received, s.State.Status);
    }

    [Fact]
    public void C1_nothing_is_recorded_before_receipt_and_records_stay_in_time_order()
    {
        var before = Complaint.Decide(new RegisterAtFrontDesk(T0, Desk), Complaint.Initial);
        AssertRefused(before.Violation, "C1");
        Assert.Empty(before.Events);

        var s = Received();
        var state = s.State;
        var backdated = Complaint.Decide(new RegisterAtFrontDesk(s.Now - Duration.FromSeconds(1), Desk), state);
        AssertRefused(backdated.Violation, "C1");
        Assert.Same(state, s.State);
    }

    [Fact]
    public void C2_the_receiver_passes_the_complaint_to_the_front_desk_before_assessment()
    {
        var s = Received();
        AssertRefused(s.TryThen(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(4))), "C2");
        s.Then(t => new RegisterAtFrontDesk(t, Desk));
        Assert.Equal(ComplaintStatus.RegisteredAtFrontDesk, s.State.Status);
        AssertRefused(s.TryThen(t => new RegisterAtFrontDesk(t, Desk)), "C2");
    }

    [Fact]
    public void C3_the_front_desk_sets_class_and_handling_deadline_then_dispatches()
    {
        var s = Received().Then(t => new RegisterAtFrontDesk(t, Desk));
        AssertRefused(s.TryThen(t => new DispatchToDepartment(t, Desk, Department.Engineering)), "C3");
        AssertRefused(s.TryThen(t => new AssessComplaint(t, Desk, ComplaintClass.General, t)), "C3");
        s.Then(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(24)));
        Assert.Equal(ComplaintClass.General, s.State.Class);
        Assert.Equal(s.Now + Duration.FromHours(24), s.State.HandlingDeadline);
        s.Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        Assert.Equal(Department.Engineering, s.State.Department);
        Assert.Throws<ArgumentNullException>(() => new DispatchToDepartment(s.Now, Desk, null!));
    }

    [Fact]
    public void C4_an_unreasonable_complaint_is_explained_and_closes_when_accepted()
    {
        var s = Received().Routine(ComplaintClass.Unreasonable);
        AssertRefused(s.TryThen(t => new DispatchToDepartment(t, Desk, Department.Security)), "C4");
        s.Then(t => new ExplainToComplainant(t, Desk))
         .Then(t => new RecordExplanationAccepted(t, Desk))
         .Then(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Signature, "F-0001"))
         .Replied()
         .Then(t => new CloseComplaint(t, Desk));
        Assert.Equal(ComplaintStatus.Closed, s.State.Status);
    }

    [Fact]
    public void C4_when_the_complainant_is_not_persuaded_only_the_department_head_coordinates()
    {
        var s = Received().Routine(ComplaintClass.Unreasonable)
            .Then(t => new ExplainToComplainant(t, Desk))
            .Then(t => new RecordNotPersuaded(t, Desk));
        AssertRefused(s.TryThen(t => new CoordinateByDepartmentHead(t, Desk, "协调")), "C4");
        AssertRefused(s.TryThen(t => new CloseComplaint(t, Desk)), "C6");
        s.Then(t => new CoordinateByDepartmentHead(t, DeptHead, "部门负责人上门协调，业主接受"))
         .Then(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Signature, "F-0001"))
         .Replied()
         .Then(t => new CloseComplaint(t, Desk));
        Assert.Equal(ComplaintStatus.Closed, s.State.Status);
    }

    [Fact]
    public void C5_a_department_that_cannot_finish_reports_a_delay_with_a_later_promised_time()
    {
        var s = Received().Routine();
        AssertRefused(s.TryThen(t => new ReportDelay(t, Engineer, t + Duration.FromDays(1), "缺配件")), "C5");
        s.Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        AssertRefused(s.TryThen(t => new ReportDelay(t, Engineer, t, "缺配件")), "C5");
        s.Then(t => new ReportDelay(t, Engineer, t + Duration.FromDays(1), "缺配件"));
        Assert.Equal(ComplaintStatus.DelayReported, s.State.Status);
        Assert.Equal(s.Now + Duration.FromDays(1), s.State.PromisedAt);
        s.Then(t => new ResolveComplaint(t, Engineer, "已修复"));
    }

    [Fact]
    public void C6_revisit_requires_resolution_and_feedback_and_an_unsatisfied_revisit_reopens()
    {
        var s = Received().Routine().Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        AssertRefused(s.TryThen(t => new RevisitComplainant(t, Desk, true)), "C6");
        s.Then(t => new ResolveComplaint(t, Engineer, "更换水管接头"));
        AssertRefused(s.TryThen(t => new RevisitComplainant(t, Desk, true)), "C6");
        s.Then(t => new GiveFeedbackToFrontDesk(t, Engineer))
         .Then(t => new RevisitComplainant(t, Desk, Satisfied: false, "仍有渗水"));
        Assert.Equal(ComplaintStatus.Reopened, s.State.Status);
        s.ThroughFeedback().Then(t => new RevisitComplainant(t, Desk, Satisfied: true));
        Assert.Equal(ComplaintStatus.Revisited, s.State.Status);
        Assert.Equal(2, s.State.DispatchCount);
        Assert.Equal(2, s.State.RevisitCount);
    }

    [Fact]
    public void C7_an_emergency_is_notified_escalated_by_the_office_head_and_reported_in_writing()
    {
        var s = Received(category: ComplaintCategory.LiftEntrapment);
        Assert.True(s.State.IsMajorMatter);
        s.Then(t => new NotifyDepartment(t, Receiver, Department.Engineering));
        AssertRefused(s.TryThen(t => new EscalateToCompanyLeader(t, Desk)), "C7");
        AssertRefused(s.TryThen(t => new FileWrittenReport(t, OfficeHead, ReportLevel.OfficeHead)), "C7");
        s.Then(t => new EscalateToCompanyLeader(t, OfficeHead))
         .Then(t => new FileWrittenReport(t, OfficeHead, ReportLevel.OfficeHead));
        Assert.True(s.State.DepartmentNotified && s.State.EscalatedToCompanyLeader && s.State.OfficeHeadReportFiled);
        AssertRefused(s.TryThen(t => new EscalateToCompanyLeader(t, OfficeHead)), "C7");
    }

    [Fact]
    public void C7_a_general_complaint_does_not_use_the_emergency_path()
    {
        var s = Received();
        AssertRefused(s.TryThen(t => new NotifyDepartment(t, Receiver, Department.Engineering)), "C7");
    }

    [Fact]
    public void C8_the_company_leader_phones_the_board_and_a_major_matter_is_verified_before_the_revisit()
    {
        var s = Received(category: ComplaintCategory.MainPlantFailure);
        AssertRefused(s.TryThen(t => new EscalateToBoardDirector(t, Leader)), "C8");
        s.Then(t => new EscalateToCompanyLeader(t, OfficeHead));
        AssertRefused(s.TryThen(t => new EscalateToBoardDirector(t, OfficeHead)), "C8");
        s.Then(t => new EscalateToBoardDirector(t, Leader))
         .Then(t => new FileWrittenReport(t, Leader, ReportLevel.CompanyLeader))
         .Routine(ComplaintClass.Major)
         .ThroughFeedback();
        AssertRefused(s.TryThen(t => new RevisitComplainant(t, Desk, true)), "C8");
        s.Then(t => new VerifyResolution(t, Developer)).Then(t => new RevisitComplainant(t, Developer, true));
        Assert.Equal(ComplaintStatus.Revisited, s.State.Status);
    }

    [Fact]
    public void C9_a_complaint_has_one_first_contact_who_is_informed_once_handling_is_finished()
    {
        var s = Received();
        AssertRefused(s.TryThen(t => Receipt(t)), "C9");
        Assert.Equal(Receiver, s.State.FirstContact);
        s.Routine();
        AssertRefused(s.TryThen(t => new InformFirstContact(t, Desk)), "C9");
        s.ThroughFeedback().Then(t => new InformFirstContact(t, Desk));
        Assert.True(s.State.FirstContactInformed);
        AssertRefused(s.TryThen(t => new InformFirstContact(t, Desk)), "C9");
    }

    [Fact]
    public void C12_what_the_same_day_investigation_cannot_resolve_goes_to_the_office_director()
    {
        var s = Received(channel: Channel.Visit);
        AssertRefused(s.TryThen(t => new ReferToOfficeDirector(t, Desk)), "C12");
        s.Then(t => new RecordInvestigation(t, Desk, "现场核实：楼上防水层破损"))
         .Then(t => new ReferToOfficeDirector(t, Desk));
        Assert.True(s.State.Investigated && s.State.ReferredToOfficeDirector);
    }

    [Fact]
    public void C13_the_revisit_records_whether_the_complainant_is_satisfied()
    {
        var s = Received().Routine().ThroughFeedback().Then(t => new RevisitComplainant(t, Desk, true, "满意"));
        var revisit = Assert.IsType<ComplainantRevisited>(s.Events[^1]);
        Assert.True(revisit.Satisfied);
        Assert.True(s.State.LastRevisitSatisfied);
    }

    [Fact]
    public void C14_closing_needs_the_record_confirmed_by_the_complainant_and_a_closed_complaint_cannot_change()
    {
        var s = Received().Routine().ThroughFeedback().Then(t => new RevisitComplainant(t, Desk, true));
        AssertRefused(s.TryThen(t => new CloseComplaint(t, Desk)), "C14");
        s.Then(t => new ConfirmRecord(t, new Actor("OWNER-1", ActorRole.Complainant), ConfirmationMethod.Online, "APP-20261001-88"));
        Assert.Equal(ConfirmationMethod.Online, s.State.RecordConfirmedBy);
        AssertRefused(s.TryThen(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Phone, "CALL-1")), "C14");
        s.Replied().Then(t => new CloseComplaint(t, Desk));
        AssertRefused(s.TryThen(t => new CallBackComplainant(t, Desk)), "C14");
    }

    [Theory]
    [InlineData(ComplaintCategory.RenovationNoise)]
    [InlineData(ComplaintCategory.SharedFacilityFault)]
    [InlineData(ComplaintCategory.LostMail)]
    [InlineData(ComplaintCategory.Pests)]
    public void C15_general_categories_may_be_assessed_as_general(ComplaintCategory category)
    {
        Assert.False(category.IsMajor());
        var s = Received(category: category).Routine(ComplaintClass.General);
        Assert.False(s.State.IsMajorMatter);
    }

    [Theory]
    [InlineData(ComplaintCategory.Fire, 1, ComplaintClass.Emergency)]
    [InlineData(ComplaintCategory.Flooding, 1, ComplaintClass.Emergency)]
    [InlineData(ComplaintCategory.TheftOrVandalism, 1, ComplaintClass.Major)]
    [InlineData(ComplaintCategory.RenovationNoise, 3, ComplaintClass.Major)]
    [InlineData(ComplaintCategory.RenovationNoise, 2, ComplaintClass.Unreasonable)]
    public void C16_major_categories_and_three_households_set_a_minimum_class(ComplaintCategory category, int households, ComplaintClass minimum)
    {
        Assert.Equal(minimum, category.MinimumClass(households));
    }

    [Fact]
    public void C16_a_collective_complaint_from_three_households_is_major_automatically()
    {
        var s = Received(category: ComplaintCategory.RenovationNoise, households: 3).Then(t => new RegisterAtFrontDesk(t, Desk));
        Assert.True(s.State.IsMajorMatter);
        var refusal = s.TryThen(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(4)));
        AssertRefused(refusal, "C16");
        s.Then(t => new AssessComplaint(t, Desk, ComplaintClass.Major, t + Duration.FromHours(4)));
    }

    [Fact]
    public void C17_a_written_reply_states_the_result_and_is_sent_only_after_resolution()
    {
        var s = Received(channel: Channel.Written).Routine().Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        AssertRefused(s.TryThen(t => new SendWrittenReply(t, Desk, "正在处理")), "C17");
        s.Then(t => new ResolveComplaint(t, Engineer, "更换水管"));
        s.Then(t => new SendWrittenReply(t, Desk, "已更换水管，漏水已修复"));
        Assert.Equal("已更换水管，漏水已修复", Assert.IsType<WrittenReplySent>(s.Events[^1]).Result);
    }

    [Theory]
    [InlineData(Channel.Written)]
    [InlineData(Channel.Phone)]
    public void C17_a_written_or_phone_complaint_gets_the_result_in_writing_acknowledged_by_the_owner_before_it_is_closed(Channel channel)
    {
        var s = Received(channel: channel).Routine().ThroughFeedback().Then(t => new RevisitComplainant(t, Desk, true));
        s.Then(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Signature, "F-0001"));
        var refusal = s.TryThen(t => new CloseComplaint(t, Desk));
        AssertRefused(refusal, "C17");
        Assert.Contains("将解决结果书面告之业户", refusal!.Message, StringComparison.Ordinal);
        AssertRefused(s.TryThen(t => new AcknowledgeWrittenReply(t, Owner1, ConfirmationMethod.Signature, "R-1")), "C17"); // nothing sent yet
        s.Then(t => new SendWrittenReply(t, Desk, "已更换水管接头，漏水已修复"));
        AssertRefused(s.TryThen(t => new CloseComplaint(t, Desk)), "C17"); // sent, not yet acknowledged
        s.Then(t => new AcknowledgeWrittenReply(t, Owner1, ConfirmationMethod.Signature, "R-1"));
        AssertRefused(s.TryThen(t => new AcknowledgeWrittenReply(t, Desk, ConfirmationMethod.Phone, "R-2")), "C17");
        s.Then(t => new CloseComplaint(t, Desk));
        Assert.Equal(ComplaintStatus.Closed, s.State.Status);
    }

    [Fact]
    public void C17_the_written_reply_channels_are_a_company_setting()
    {
        var visit = ComplaintPolicy.Regulation with { WrittenReplyChannels = [Channel.Written] };
        var s = Received(channel: Channel.Phone).Routine().ThroughFeedback().Then(t => new RevisitComplainant(t, Desk, true))
            .Then(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Signature, "F-0001"));
        Assert.True(Complaint.Decide(new CloseComplaint(s.Now, Desk), s.State, visit).IsAccepted);
        Assert.False(Complaint.Decide(new CloseComplaint(s.Now, Desk), s.State).IsAccepted);
        Assert.True(ComplaintPolicy.Regulation.RequiresWrittenReply(Channel.Phone));
        Assert.True(ComplaintPolicy.Regulation.RequiresWrittenReply(Channel.Written));
        Assert.False(ComplaintPolicy.Regulation.RequiresWrittenReply(Channel.Online));
        Assert.Throws<ArgumentException>(() => ComplaintPolicy.Regulation with { WrittenReplyChannels = [(Channel)99] });
    }

    [Fact]
    public void C14_the_complainant_confirms_the_record_only_once_the_handling_is_recorded()
    {
        var s = Received().Routine().Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        AssertRefused(s.TryThen(t => new ConfirmRecord(t, Owner1, ConfirmationMethod.Signature, "F-0001")), "C14");
        s.Then(t => new ResolveComplaint(t, Engineer, "更换水管接头"));
        s.Then(t => new ConfirmRecord(t, Owner1, ConfirmationMethod.Signature, "F-0001"));
        Assert.Equal(ConfirmationMethod.Signature, s.State.RecordConfirmedBy);
    }

    [Fact]
    public void C18_the_call_back_is_recorded()
    {
        var s = Received().Then(t => new CallBackComplainant(t, Desk));
        Assert.True(s.State.CalledBack);
        Assert.IsType<ComplainantCalledBack>(s.Events[^1]);
    }

    [Fact]
    public void C19_an_engineers_arrival_is_recorded_for_repair_call_outs_only()
    {
        AssertRefused(Received(channel: Channel.Online, category: ComplaintCategory.LostMail).TryThen(t => new RecordEngineerArrival(t, Engineer)), "C19");
        var s = Received().Routine().Then(t => new DispatchToDepartment(t, Desk, Department.Engineering)).Then(t => new RecordEngineerArrival(t, Engineer));
        Assert.Equal(s.Now, s.State.EngineerArrivedAt);
    }

    [Fact]
    public void C20_a_repair_order_carries_an_appointment_time()
    {
        var s = new ComplaintScenario(T0);
        AssertRefused(s.TryThen(t => Receipt(t, Channel.RepairOrder)), "C20");
        AssertRefused(s.TryThen(t => Receipt(t, Channel.RepairOrder, appointment: t - Duration.FromHours(1))), "C20");
        s.Then(t => Receipt(t, Channel.RepairOrder, appointment: t + Duration.FromHours(3)));
        Assert.Equal(s.Now + Duration.FromHours(3), s.State.Appointment);
        s.Then(t => new MarkComplainantUnavailable(t, Engineer, "业主不在家"));
        AssertRefused(s.TryThen(t => new MarkComplainantUnavailable(t, Engineer, "业主不在家")), "C20");
        s.Then(t => new MarkComplainantAvailable(t, Engineer));
        Assert.False(s.State.WaitingOnComplainant);
    }

    [Fact]
    public void Replay_rebuilds_the_same_state_and_refuses_a_corrupt_stream()
    {
        var s = Received(channel: Channel.Written).Routine().ThroughFeedback()
            .Then(t => new RevisitComplainant(t, Desk, true)).Replied().Then(t => new ConfirmRecord(t, Desk, ConfirmationMethod.Signature, "F-0001")).Then(t => new CloseComplaint(t, Desk));
        Assert.Equal(s.State, Complaint.Replay(s.Events));
        var e = Assert.Throws<InvalidOperationException>(() => Complaint.Replay(s.Events.Skip(1)));
        Assert.Contains("#0", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Complaint.Replay(s.Events.Reverse()));
        Assert.Throws<RuleViolationException>(() => Complaint.Execute(new CallBackComplainant(s.Now, Desk), s.State));
    }

    [Fact]
    public void D14_names_and_phones_are_masked_in_text()
    {
        var s = Received();
        Assert.Equal("张* (3栋2单元1201, 138****5678)", Owner.ToString());
        foreach (var text in new[] { s.State.ToString(), s.Events[0].ToString(), Receipt(s.Now).ToString() })
        {
            Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("张伟", text, StringComparison.Ordinal);
        }

        Assert.Equal("010-****5678", PhoneNumber.Parse("010-12345678").ToString());
        Assert.Equal("0755-****4321", PhoneNumber.Parse("075587654321").ToString());
        Assert.Equal("欧**", PersonName.Of("欧阳修").ToString());
        var staff = new StaffMember("E3001", PersonName.Of("王强"), Department.Engineering);
        Assert.Equal("E3001 王* (engineering)", staff.ToString());
        Assert.Equal(new Actor("E3001", ActorRole.DepartmentHead), staff.ActingAs(ActorRole.DepartmentHead));
    }

    [Theory]
    [InlineData("1381234567")]
    [InlineData("12812345678")]
    [InlineData("138123456789")]
    [InlineData("12345678")]
    [InlineData("abc")]
    public void Malformed_phone_numbers_are_rejected_without_echoing_them(string phone)
    {
        var e = Assert.Throws<ArgumentException>(() => PhoneNumber.Parse(phone));
        Assert.DoesNotContain(phone, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_over_long_and_unknown_values_are_rejected_at_the_boundary()
    {
        Assert.Throws<ArgumentException>(() => PersonName.Of(" "));
        Assert.Throws<ArgumentException>(() => UnitAddress.Of(new string('楼', 101)));
        Assert.Throws<ArgumentException>(() => new ResolveComplaint(T0, Engineer, new string('x', 501)));
        Assert.Throws<ArgumentException>(() => new ResolveComplaint(T0, Engineer, ""));
        Assert.ThrowsAny<ArgumentException>(() => Receipt(T0, (Channel)99));
        Assert.ThrowsAny<ArgumentException>(() => new AssessComplaint(T0, Desk, (ComplaintClass)0, T0));
        Assert.Throws<ArgumentException>(() => new RegisterAtFrontDesk(T0, default));
        Assert.Throws<ArgumentException>(() => new Actor("E 1", ActorRole.Staff));
        Assert.Throws<ArgumentException>(() => ComplaintId.Parse("TS/1"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Receipt(T0, households: 0));
        Assert.Throws<ArgumentException>(() => Department.Parse("plumbing"));
        Assert.Equal("custom:电梯外包", Department.Parse("custom:电梯外包").ToString());
    }
}
