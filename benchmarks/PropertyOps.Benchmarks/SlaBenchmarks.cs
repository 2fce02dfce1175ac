using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Benchmarks;

/// <summary>
/// The SLA engine's sweep on the customer-service preset (18 rules; about 6 apply to each complaint): 1,000,000 open
/// complaints of mixed classes at one instant, on one core and on two — 50 % routine, 10 % reopened into a second
/// handling cycle with a wait on the owner, 20 % emergencies whose office recorded it cannot resolve them (conditional
/// C7), 10 % repair orders with a rescheduled appointment, 10 % unreasonable. (One complaint alone: <see cref="SlaEvaluateBenchmarks"/>.)
/// </summary>
/// <remarks>Run with the server garbage collector, as the vendor back-ends that sweep whole estates (ASP.NET hosts, worker
/// services) run by default: a sweep's result buffers are then collected per core rather than pausing both cores.</remarks>
[MemoryDiagnoser]
[GcServer(true)]
public class SlaBenchmarks
{
    private const int Complaints = 1_000_000;
    private readonly SlaPolicy _policy = SlaPresets.CustomerServiceRegulation;
    private readonly WorkingCalendar _calendar = ChinaWorkingCalendar.Default;
    private IReadOnlyList<ComplaintEvent>[] _open = null!;
    private Instant _now;

    internal IReadOnlyList<ComplaintEvent>[] Open => _open;

    internal Instant Now => _now;

    [GlobalSetup]
    public void Setup() => Setup(Complaints);

    internal void Setup(int complaints)
    {
        var staff = new Actor("E1001", ActorRole.Staff);
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        var head = new Actor("E4000", ActorRole.OfficeHead);
        var owner = Complainant.Of("张伟", "3栋2单元1201", "13812345678");
        // Open complaints received over the last 36 hours before the sweep (a Friday morning after National Day):
        // most deadlines are pending, some met, some breached.
        _now = Instant.FromUtc(2026, 10, 9, 2, 0);
        var start = _now - Duration.FromHours(36);
        _open = new IReadOnlyList<ComplaintEvent>[complaints];
        for (var i = 0; i < complaints; i++)
        {
            var t = start + Duration.FromMilliseconds(i * 129.6 * Complaints / complaints);
            var id = ComplaintId.Parse($"TS-{i}");
            _open[i] = (i % 10) switch
            {
                5 => ImmutableArray.Create<ComplaintEvent>(
                    // Reopened after an unsatisfied revisit: a second handling cycle, re-assessed and dispatched again.
                    new ComplaintReceived(t, staff, id, owner, "漏水", Channel.Phone, ComplaintCategory.InUnitRepair, 1, null),
                    new RegisteredAtFrontDesk(t + Duration.FromMinutes(10), desk),
                    new ComplaintInvestigated(t + Duration.FromMinutes(15), staff, "现场核实"),
                    new ComplaintAssessed(t + Duration.FromMinutes(20), desk, ComplaintClass.General, t + Duration.FromHours(4)),
                    new DispatchedToDepartment(t + Duration.FromMinutes(30), desk, Department.Engineering),
                    new ComplaintResolved(t + Duration.FromHours(2), staff, "已修复"),
                    new FeedbackGivenToFrontDesk(t + Duration.FromHours(3), staff),
                    new ComplainantRevisited(t + Duration.FromHours(5), desk, false, "仍漏水"),
                    new ComplaintAssessed(t + Duration.FromHours(5) + Duration.FromMinutes(10), desk, ComplaintClass.General, t + Duration.FromHours(30)),
                    new DispatchedToDepartment(t + Duration.FromHours(5) + Duration.FromMinutes(20), desk, Department.Engineering),
                    new ComplainantUnavailable(t + Duration.FromHours(6), staff, "业主出差"),
                    new ComplainantAvailable(t + Duration.FromHours(9), staff)),
                < 6 => ImmutableArray.Create<ComplaintEvent>(
                    new ComplaintReceived(t, staff, id, owner, "漏水", Channel.Phone, ComplaintCategory.InUnitRepair, 1, null),
                    new RegisteredAtFrontDesk(t + Duration.FromMinutes(20), desk),
                    new ComplaintAssessed(t + Duration.FromMinutes(40), desk, ComplaintClass.General, t + Duration.FromHours(30)),
                    new DispatchedToDepartment(t + Duration.FromMinutes(50), desk, Department.Engineering),
                    new EngineerArrived(t + Duration.FromMinutes(60), staff),
                    new ComplainantCalledBack(t + Duration.FromMinutes(70), desk),
                    new ComplaintInvestigated(t + Duration.FromMinutes(80), staff, "现场核实"),
                    new DelayReported(t + Duration.FromMinutes(110), staff, t + Duration.FromHours(40), "缺配件")),
                < 8 => ImmutableArray.Create<ComplaintEvent>(
                    new ComplaintReceived(t, staff, id, owner, "电梯困人", Channel.Phone, ComplaintCategory.LiftEntrapment, 1, null),
                    new DepartmentNotified(t + Duration.FromMinutes(2), staff, Department.Engineering),
                    new OfficeCannotResolve(t + Duration.FromMinutes(3), head),
                    new EscalatedToCompanyLeader(t + Duration.FromMinutes(4), head),
                    new RegisteredAtFrontDesk(t + Duration.FromMinutes(10), desk),
                    new EngineerArrived(t + Duration.FromMinutes(11), staff),
                    new ComplaintAssessed(t + Duration.FromMinutes(12), desk, ComplaintClass.Emergency, t + Duration.FromHours(2)),
                    new ComplaintInvestigated(t + Duration.FromMinutes(30), staff, "困人已解救"),
                    new ComplainantCalledBack(t + Duration.FromMinutes(40), desk)),
                8 => ImmutableArray.Create<ComplaintEvent>(
                    new ComplaintReceived(t, staff, id, owner, "维修", Channel.RepairOrder, ComplaintCategory.InUnitRepair, 1, t + Duration.FromHours(26)),
                    new RegisteredAtFrontDesk(t + Duration.FromMinutes(5), desk),
                    new ComplainantCalledBack(t + Duration.FromMinutes(30), desk),
                    new ComplaintInvestigated(t + Duration.FromMinutes(40), staff, "电话核实"),
                    new ComplainantUnavailable(t + Duration.FromHours(25), staff, "业主不在家"),
                    new AppointmentRescheduled(t + Duration.FromHours(26), staff, t + Duration.FromHours(30), "业主不在家")),
                _ => ImmutableArray.Create<ComplaintEvent>(
                    new ComplaintReceived(t, staff, id, owner, "噪音", Channel.Visit, ComplaintCategory.RenovationNoise, 1, null),
                    new RegisteredAtFrontDesk(t + Duration.FromMinutes(5), desk),
                    new ComplaintAssessed(t + Duration.FromMinutes(15), desk, ComplaintClass.Unreasonable, t + Duration.FromHours(4)),
                    new ComplaintInvestigated(t + Duration.FromMinutes(25), staff, "现场核实"),
                    new ExplanationGiven(t + Duration.FromMinutes(30), desk)),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int Sweep_1M_one_core() => Count(SlaEngine.Sweep(_open, _policy, _calendar, _now, Duration.FromHours(4)));

    [Benchmark]
    public int Sweep_1M_two_cores() => Count(SlaEngine.Sweep(_open, _policy, _calendar, _now, Duration.FromHours(4), degreeOfParallelism: 2));

    private static int Count(SweepResult result) => result.Breaches.Count + result.DueSoon.Count + result.AtRisk.Count;
}
