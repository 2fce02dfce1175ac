using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Rules.Tests.Complaints;

/// <summary>
/// Model-based test of the complaint decider: random command sequences (valid and invalid, with increasing instants and
/// the odd backdated one) checked step by step against the lifecycle's invariants.
/// </summary>
public class ComplaintModelProperties
{
    private static readonly Instant Start = Instant.FromUtc(2026, 9, 28, 1, 0);

    private enum Kind
    {
        Receive, Register, Assess, Dispatch, ReportDelay, Resolve, Feedback, Verify, Revisit, Close, Explain, AcceptExplanation,
        NotPersuaded, Coordinate, Notify, EscalateToLeader, FileReport, EscalateToBoard, InformFirstContact, EngineerArrival,
        WrittenReply, CallBack, Investigate, ReferToDirector, Unavailable, Available,
    }

    private static readonly Kind[] AllKinds = Enum.GetValues<Kind>();

    [RulesProperty(MaxTest = 1_000)]
    public void Refusals_change_nothing_state_equals_replay_and_json_round_trips_with_lifecycle_invariants_holding(ComplaintScript script) =>
        Run(script);

    [Fact]
    public void The_generated_scripts_reach_every_path_of_the_lifecycle()
    {
        var finals = FsCheck.Fluent.Gen.Sample(Arbitraries.ComplaintScript().Generator, 2_000, size: 50).Select(Run).ToList();
        Assert.True(finals.Count(f => f.Status == ComplaintStatus.Closed) > 100, "too few scripts reach Closed");
        Assert.Contains(finals, f => f.Status == ComplaintStatus.Closed && f.Class == ComplaintClass.Unreasonable);
        Assert.Contains(finals, f => f.Status == ComplaintStatus.Closed && f.IsMajorMatter && f.EscalatedToBoardDirector);
        Assert.Contains(finals, f => f.Status == ComplaintStatus.Closed && f.RevisitCount > 1);
        Assert.Contains(finals, f => f.Status == ComplaintStatus.Closed && f.Channel == Channel.Written);
        Assert.Contains(finals, f => f.CompanyLeaderReportFiled);
    }

    private static ComplaintState Run(ComplaintScript script)
    {
        var state = Complaint.Initial;
        var events = new List<ComplaintEvent>();
        var roundTripped = new List<ComplaintEvent>();
        var now = Start;
        foreach (var step in script.Steps)
        {
            now += Duration.FromMinutes(step.MinutesLater);
            var at = step.Backdated && state.Exists ? state.LastEventAt - Duration.FromMinutes(1) : now;
            var command = Build(Pick(step, state), step.Parameter, at, state);
            var before = state;
            var decision = Complaint.Decide(command, state);
            if (!decision.IsAccepted)
            {
                Assert.Empty(decision.Events);
                Assert.Equal(before, Complaint.Replay(events));
                Assert.Matches("^C[0-9]+$", decision.Violation!.Rule.Value);
                continue;
            }

            Assert.False(step.Backdated && before.Exists && at < before.LastEventAt, "a backdated command was accepted");
            foreach (var e in decision.Events)
            {
                state = Complaint.Evolve(state, e);
                events.Add(e);
                roundTripped.Add(ComplaintEventJson.Deserialize(ComplaintEventJson.Serialize(e)));
            }

            Assert.Equal(state, Complaint.Replay(events));
            Assert.Equal(state, Complaint.Replay(roundTripped));
            CheckInvariants(state, events);
        }

        Assert.Equal(state, Complaint.Replay(ComplaintEventJson.DeserializeStream(ComplaintEventJson.SerializeStream(events))));
        return state;
    }

    private static void CheckInvariants(ComplaintState state, List<ComplaintEvent> events)
    {
        // One first contact: exactly one receipt, and it comes first.
        Assert.IsType<ComplaintReceived>(events[0]);
        Assert.Single(events.OfType<ComplaintReceived>());
        Assert.Equal(events[0].Actor, state.FirstContact);

        // No event before its predecessor.
        for (var i = 1; i < events.Count; i++)
        {
            Assert.True(events[i].At >= events[i - 1].At);
        }

        if (state.Status == ComplaintStatus.Closed)
        {
            var path = events.Where(e => e is ComplainantRevisited or ExplanationAccepted or CoordinatedByDepartmentHead or DispatchedToDepartment).Last();
            Assert.True(
                path is ComplainantRevisited { Satisfied: true } or ExplanationAccepted or CoordinatedByDepartmentHead,
                "closed without a satisfied revisit or an accepted/coordinated unreasonable complaint");
            Assert.True(state.Channel != Channel.Written || events.OfType<WrittenReplySent>().Any(), "C17");
        }

        if (state.IsMajorMatter && events.LastOrDefault(e => e is ComplainantRevisited) is { } revisit)
        {
            var index = events.IndexOf(revisit);
            Assert.True(index > 0 && events[index - 1] is ResolutionVerified || events.Take(index).OfType<ResolutionVerified>().Any(), "C8");
        }

        if (state.Channel == Channel.RepairOrder)
        {
            Assert.NotNull(state.Appointment);
        }
    }

    private static Kind Pick(ComplaintStep step, ComplaintState state)
    {
        if (step.Choice >= 75)
        {
            return AllKinds[step.Parameter % AllKinds.Length];
        }

        Kind[] expected = state.Status switch
        {
            ComplaintStatus.None => [Kind.Receive],
            ComplaintStatus.Received => [Kind.Register, Kind.Register, Kind.Notify, Kind.EscalateToLeader, Kind.CallBack, Kind.Investigate, Kind.Unavailable, Kind.Available],
            ComplaintStatus.RegisteredAtFrontDesk => [Kind.Assess],
            ComplaintStatus.Assessed => [Kind.Dispatch, Kind.Explain, Kind.WrittenReply, Kind.EscalateToBoard, Kind.FileReport],
            ComplaintStatus.Dispatched => [Kind.ReportDelay, Kind.Resolve, Kind.Resolve, Kind.EngineerArrival],
            ComplaintStatus.DelayReported => [Kind.Resolve],
            ComplaintStatus.Resolved => [Kind.Feedback],
            ComplaintStatus.FeedbackGiven => [Kind.Verify, Kind.Revisit, Kind.InformFirstContact],
            ComplaintStatus.Verified => [Kind.Revisit],
            ComplaintStatus.Revisited => [Kind.Close, Kind.Close, Kind.WrittenReply, Kind.InformFirstContact],
            ComplaintStatus.Reopened => [Kind.Dispatch],
            ComplaintStatus.Explained => [Kind.AcceptExplanation, Kind.NotPersuaded],
            ComplaintStatus.ExplanationAccepted => [Kind.Close],
            ComplaintStatus.NotPersuaded => [Kind.Coordinate],
            ComplaintStatus.CoordinatedByDepartmentHead => [Kind.Close, Kind.WrittenReply],
            _ => AllKinds,
        };
        return expected[step.Choice % expected.Length];
    }

    private static ComplaintCommand Build(Kind kind, int p, Instant at, ComplaintState state)
    {
        var roles = Enum.GetValues<ActorRole>();
        var actor = new Actor($"E{p % 50}", p % 4 == 0 ? roles[p / 4 % roles.Length] : Preferred(kind));
        var categories = Enum.GetValues<ComplaintCategory>();
        var departments = new[] { Department.Engineering, Department.Security, Department.Cleaning, Department.Custom("电梯外包") };
        return kind switch
        {
            Kind.Receive => new ReceiveComplaint(
                at,
                actor,
                ComplaintId.Parse($"TS-{p}"),
                Complainant.Of(p % 2 == 0 ? "张伟" : "欧阳修", $"{p % 9 + 1}栋{p % 30 + 1}01", p % 3 == 0 ? "0755-87654321" : "13812345678"),
                "投诉事项",
                (Channel)(p % 6 + 1),
                categories[p / 6 % categories.Length],
                p % 7 == 0 ? 3 + p % 5 : 1,
                p % 11 == 0 ? null : at + Duration.FromHours(p % 48)),
            Kind.Register => new RegisterAtFrontDesk(at, actor),
            Kind.Assess => new AssessComplaint(at, actor, (ComplaintClass)(p % 4 + 1), at + Duration.FromHours(p % 13 == 0 ? 0 : 1 + p % 72)),
            Kind.Dispatch => new DispatchToDepartment(at, actor, departments[p % departments.Length]),
            Kind.ReportDelay => new ReportDelay(at, actor, at + Duration.FromHours(p % 9 == 0 ? 0 : 1 + p % 24), "缺配件"),
            Kind.Resolve => new ResolveComplaint(at, actor, "已处理"),
            Kind.Feedback => new GiveFeedbackToFrontDesk(at, actor),
            Kind.Verify => new VerifyResolution(at, actor),
            Kind.Revisit => new RevisitComplainant(at, actor, p % 3 != 0, p % 2 == 0 ? null : "业主意见"),
            Kind.Close => new CloseComplaint(at, actor, p % 5 != 0),
            Kind.Explain => new ExplainToComplainant(at, actor),
            Kind.AcceptExplanation => new RecordExplanationAccepted(at, actor),
            Kind.NotPersuaded => new RecordNotPersuaded(at, actor),
            Kind.Coordinate => new CoordinateByDepartmentHead(at, actor, "协调解决"),
            Kind.Notify => new NotifyDepartment(at, actor, departments[p % departments.Length]),
            Kind.EscalateToLeader => new EscalateToCompanyLeader(at, actor),
            Kind.FileReport => new FileWrittenReport(at, actor, p % 2 == 0 ? ReportLevel.OfficeHead : ReportLevel.CompanyLeader),
            Kind.EscalateToBoard => new EscalateToBoardDirector(at, actor),
            Kind.InformFirstContact => new InformFirstContact(at, actor),
            Kind.EngineerArrival => new RecordEngineerArrival(at, actor),
            Kind.WrittenReply => new SendWrittenReply(at, actor),
            Kind.CallBack => new CallBackComplainant(at, actor),
            Kind.Investigate => new RecordInvestigation(at, actor, "现场核实"),
            Kind.ReferToDirector => new ReferToOfficeDirector(at, actor),
            Kind.Unavailable => new MarkComplainantUnavailable(at, actor, "业主不在家"),
            _ => new MarkComplainantAvailable(at, actor),
        };
    }

    private static ActorRole Preferred(Kind kind) => kind switch
    {
        Kind.Coordinate => ActorRole.DepartmentHead,
        Kind.EscalateToLeader => ActorRole.OfficeHead,
        Kind.EscalateToBoard => ActorRole.CompanyLeader,
        Kind.Register or Kind.Assess or Kind.Dispatch => ActorRole.FrontDesk,
        _ => ActorRole.Staff,
    };
}
