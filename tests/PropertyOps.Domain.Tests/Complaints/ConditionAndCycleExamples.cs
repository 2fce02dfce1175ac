using NodaTime;
using PropertyOps.Domain.Complaints;
using static PropertyOps.Domain.Tests.Complaints.ComplaintScenario;

namespace PropertyOps.Domain.Tests.Complaints;

public class ConditionAndCycleExamples
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 10, 3, 12, 0);
    private static readonly Actor Director = new("E6000", ActorRole.OfficeDirector);

    [Fact]
    public void C7_only_the_office_head_records_that_the_office_cannot_resolve_a_major_matter_and_only_once()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t, category: ComplaintCategory.LiftEntrapment));
        Assert.Equal("C7", s.TryThen(t => new RecordOfficeCannotResolve(t, Desk))!.Rule.Value);
        s.Then(t => new RecordOfficeCannotResolve(t, OfficeHead));
        Assert.True(s.State.OfficeCannotResolve);
        Assert.Equal("C7", s.TryThen(t => new RecordOfficeCannotResolve(t, OfficeHead))!.Rule.Value);
        s.Then(t => new EscalateToCompanyLeader(t, OfficeHead));
        Assert.Equal("C8", s.TryThen(t => new RecordLeaderCannotCoordinate(t, OfficeHead))!.Rule.Value);
        s.Then(t => new RecordLeaderCannotCoordinate(t, Leader));
        Assert.True(s.State.LeaderCannotCoordinate);

        var general = new ComplaintScenario(T0).Then(t => Receipt(t));
        Assert.Equal("C7", general.TryThen(t => new RecordOfficeCannotResolve(t, OfficeHead))!.Rule.Value);
        Assert.Equal("C8", general.TryThen(t => new RecordLeaderCannotCoordinate(t, Leader))!.Rule.Value);
    }

    [Fact]
    public void C12_only_the_office_director_closes_a_referred_matter_on_a_decision()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t, Channel.Visit));
        Assert.Equal("C12", s.TryThen(t => new CloseByDirectorDecision(t, Director, "维持"))!.Rule.Value);
        s.Then(t => new RecordInvestigation(t, Desk, "现场核实")).Then(t => new ReferToOfficeDirector(t, Desk));
        Assert.Equal("C12", s.TryThen(t => new CloseByDirectorDecision(t, Desk, "维持"))!.Rule.Value);
        s.Then(t => new CloseByDirectorDecision(t, Director, "按合同维持现状"));
        Assert.Equal(ComplaintStatus.Closed, s.State.Status);
        Assert.True(s.State.ClosedByDirector);
        Assert.Equal(s.State, Complaint.Replay(s.Events));
    }

    [Fact]
    public void C20_an_appointment_is_rescheduled_to_a_time_not_before_the_record()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t, Channel.RepairOrder, appointment: T0 + Duration.FromHours(2)));
        Assert.Equal("C20", s.TryThen(t => new RescheduleAppointment(t, Desk, t - Duration.FromMinutes(1), "业主不在家"))!.Rule.Value);
        s.Then(t => new RescheduleAppointment(t, Engineer, t + Duration.FromHours(3), "业主不在家"));
        Assert.Equal(s.Now + Duration.FromHours(3), s.State.Appointment);
        var phone = new ComplaintScenario(T0).Then(t => Receipt(t));
        Assert.Equal("C20", phone.TryThen(t => new RescheduleAppointment(t, Desk, t + Duration.FromHours(1), "改期"))!.Rule.Value);
    }

    [Fact]
    public void C3_an_unsatisfied_revisit_starts_the_next_cycle_which_is_re_assessed_and_dispatched_again()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t)).Routine().ThroughFeedback()
            .Then(t => new InformFirstContact(t, Desk))
            .Then(t => new RevisitComplainant(t, Desk, false, "仍然漏水"));
        Assert.Equal(ComplaintStatus.Reopened, s.State.Status);
        Assert.Equal(2, s.State.Cycle);
        Assert.False(s.State.FirstContactInformed);
        s.Then(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(6)))
         .Then(t => new DispatchToDepartment(t, Desk, Department.Engineering))
         .Then(t => new RecordEngineerArrival(t, Engineer));
        Assert.Equal("C3", s.TryThen(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(6)))!.Rule.Value);
        s.Then(t => new ResolveComplaint(t, Engineer, "更换阀门")).Then(t => new GiveFeedbackToFrontDesk(t, Engineer))
         .Then(t => new InformFirstContact(t, Desk));
        Assert.True(s.State.FirstContactInformed);
    }
}
