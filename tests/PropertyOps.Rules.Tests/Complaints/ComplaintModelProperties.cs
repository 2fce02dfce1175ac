using FsCheck.Xunit;
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
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class ComplaintModelProperties
{



    [Property(MaxTest = 1_000)]
    public void Refusals_change_nothing_state_equals_replay_and_json_round_trips_with_lifecycle_invariants_holding(ComplaintScript script) =>
        Run(script);

    [Fact]
    public void The_generated_scripts_reach_every_path_of_the_lifecycle()
    {
        // Coverage of the generator only: the scripts are played through the decider (the invariants are the property's job).
        var finals = FsCheck.Fluent.Gen.Sample(Arbitraries.ComplaintScript().Generator, 2_000, size: 50).Select(script => Complaint.Replay(ComplaintScripts.Play(script))).ToList();
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
        var now = ComplaintScripts.Start;
        foreach (var step in script.Steps)
        {
            now += Duration.FromMinutes(step.MinutesLater);
            var command = ComplaintScripts.NextCommand(step, state, now);
            var before = state;
            var decision = Complaint.Decide(command, state);
            if (!decision.IsAccepted)
            {
                Assert.Empty(decision.Events);
                Assert.Equal(before, Complaint.Replay(events));
                Assert.Matches("^C[0-9]+$", decision.Violation!.Rule.Value);
                continue;
            }

            Assert.False(before.Exists && command.At < before.LastEventAt, "a backdated command was accepted");
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

        if (state.Status == ComplaintStatus.Closed && state.ClosedByDirector)
        {
            Assert.IsType<ClosedByDirectorDecision>(events[^1]);
            Assert.Contains(events, e => e is ReferredToOfficeDirector);
            Assert.True(state.Channel != Channel.Written || events.OfType<WrittenReplySent>().Any(), "C17");
        }
        else if (state.Status == ComplaintStatus.Closed)
        {
            var path = events.Where(e => e is ComplainantRevisited or ExplanationAccepted or CoordinatedByDepartmentHead or DispatchedToDepartment).Last();
            Assert.True(
                path is ComplainantRevisited { Satisfied: true } or ExplanationAccepted or CoordinatedByDepartmentHead,
                "closed without a satisfied revisit or an accepted/coordinated unreasonable complaint");
            Assert.True(state.Channel != Channel.Written || events.OfType<WrittenReplySent>().Any(), "C17");
        }

        // A revisit of what was then a major matter follows its verification (C8); a reopened complaint may be
        // re-assessed as major only after an earlier revisit.
        if (events.LastOrDefault(e => e is ComplainantRevisited) is { } revisit
            && Complaint.Replay(events.Take(events.IndexOf(revisit)).ToList()).IsMajorMatter)
        {
            var index = events.IndexOf(revisit);
            Assert.True(index > 0 && events[index - 1] is ResolutionVerified || events.Take(index).OfType<ResolutionVerified>().Any(), "C8");
        }

        if (state.Channel == Channel.RepairOrder)
        {
            Assert.NotNull(state.Appointment);
        }
    }
}
