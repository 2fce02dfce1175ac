using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Benchmarks;

/// <summary>
/// The complaint decider: replaying 100,000 stored histories of 10 events each, folding one event, and deciding and
/// folding one command.
/// </summary>
[MemoryDiagnoser]
public class ComplaintBenchmarks
{
    private const int Complaints = 100_000;
    private ComplaintEvent[][] _histories = null!;
    private ComplaintState _open = null!;
    private ComplaintEvent _callBack = null!;
    private CallBackComplainant _command = null!;

    [GlobalSetup]
    public void Setup()
    {
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        var engineer = new Actor("E3001", ActorRole.Staff);
        var owner = Complainant.Of("张伟", "3栋2单元1201", "13812345678");
        var start = Instant.FromUtc(2026, 9, 1, 1, 0);
        _histories = new ComplaintEvent[Complaints][];
        for (var i = 0; i < Complaints; i++)
        {
            var t = start + Duration.FromMinutes(i);
            var received = new ReceiveComplaint(t, new Actor($"E{i % 500}", ActorRole.Staff), ComplaintId.Parse($"TS-{i}"), owner, "卫生间漏水", Channel.Phone, ComplaintCategory.InUnitRepair);
            var state = Complaint.Initial;
            var events = new System.Collections.Generic.List<ComplaintEvent>(10);
            ComplaintCommand[] commands =
            [
                received,
                new RegisterAtFrontDesk(t + Duration.FromMinutes(30), desk),
                new AssessComplaint(t + Duration.FromHours(1), desk, ComplaintClass.General, t + Duration.FromHours(25)),
                new DispatchToDepartment(t + Duration.FromHours(2), desk, Department.Engineering),
                new CallBackComplainant(t + Duration.FromHours(3), desk),
                new ResolveComplaint(t + Duration.FromHours(20), engineer, "更换水管接头"),
                new GiveFeedbackToFrontDesk(t + Duration.FromHours(21), engineer),
                new InformFirstContact(t + Duration.FromHours(22), desk),
                new RevisitComplainant(t + Duration.FromHours(40), desk, true),
                new ConfirmRecord(t + Duration.FromHours(40) + Duration.FromMinutes(50), desk, ConfirmationMethod.Phone, "CALL-1"),
                new SendWrittenReply(t + Duration.FromHours(40) + Duration.FromMinutes(52), desk, "已更换水管接头"), // C17: a phone complaint's result in writing
                new AcknowledgeWrittenReply(t + Duration.FromHours(40) + Duration.FromMinutes(55), desk, ConfirmationMethod.Signature, "SIG-1"),
                new CloseComplaint(t + Duration.FromHours(41), desk),
            ];
            foreach (var command in commands)
            {
                var (next, recorded) = Complaint.Execute(command, state);
                state = next;
                events.AddRange(recorded);
            }

            _histories[i] = [.. events];
        }

        _open = Complaint.Replay(_histories[0].Take(4));
        _callBack = new ComplainantCalledBack(_open.LastEventAt + Duration.FromMinutes(5), desk);
        _command = new CallBackComplainant(_open.LastEventAt + Duration.FromMinutes(5), desk);
    }

    [Benchmark(OperationsPerInvoke = 1)]
    public int Replay_100k_complaints_of_12_events()
    {
        var closed = 0;
        foreach (var history in _histories)
        {
            if (Complaint.Replay(history).Status == ComplaintStatus.Closed)
            {
                closed++;
            }
        }

        return closed;
    }

    [Benchmark]
    public ComplaintState Evolve_one_event() => Complaint.Evolve(_open, _callBack);

    [Benchmark]
    public ComplaintState Decide_and_evolve_one_command()
    {
        var decision = Complaint.Decide(_command, _open);
        return Complaint.Evolve(_open, decision.Events[0]);
    }
}
