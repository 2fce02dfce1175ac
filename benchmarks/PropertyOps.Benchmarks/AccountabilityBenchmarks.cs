using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Benchmarks;

/// <summary>
/// The yearly assessment (C21): 10,000 employees, four quarterly reviews each, 1,000,000 complaints about them (10 %
/// unreasonable) and 200,000 accountability findings, ranked for bottom-rank elimination.
/// </summary>
[MemoryDiagnoser]
public class AccountabilityBenchmarks
{
    private const int Employees = 10_000;
    private readonly List<QuarterlyReview> _reviews = [];
    private ComplaintAgainst[] _complaints = null!;
    private Finding[] _findings = null!;
    private LedgerState _ledger = null!;

    [GlobalSetup]
    public void Setup()
    {
        var ids = new string[Employees];
        var roster = new List<LedgerEvent>();
        var hr = new Actor("HR1", ActorRole.GeneralManager);
        for (var i = 0; i < Employees; i++)
        {
            ids[i] = $"E{i:D5}";
            roster.Add(new EmployeeEnrolled(Instant.FromUtc(2026, 1, 1, 0, 0), hr, ids[i], $"dept-{i % 50}"));
            for (var q = 1; q <= 4; q++)
            {
                _reviews.Add(new QuarterlyReview(ids[i], $"dept-{i % 50}", new Quarter(2026, q), ((i * 7) + q) % 200 + 1, 200));
            }
        }

        _ledger = StaffLedger.Replay(roster);
        var start = Instant.FromUtc(2026, 1, 1, 1, 0);
        _complaints = new ComplaintAgainst[1_000_000];
        for (var i = 0; i < _complaints.Length; i++)
        {
            _complaints[i] = new ComplaintAgainst(ids[(int)((long)i * 7919 % Employees)], i % 10 == 0 ? ComplaintClass.Unreasonable : ComplaintClass.General, start + Duration.FromMinutes(i % 500_000));
        }

        var rule = RuleId.Parse("C6.revisit");
        _findings = new Finding[200_000];
        for (var i = 0; i < _findings.Length; i++)
        {
            _findings[i] = new Finding($"F-{i}", FindingKind.DutyLate, rule, ComplaintId.Parse($"TS-{i}"), ids[(int)((long)i * 104_729 % Employees)], ActorRole.FrontDesk, null, start + Duration.FromHours(i % 8_000), Duration.FromHours(1));
        }
    }

    [Benchmark]
    public ImmutableArray<BottomCandidate> Yearly_assessment_10k_employees_1M_complaints() =>
        YearlyAssessment.BottomCandidates(2026, _reviews, _complaints, _findings, _ledger, AccountabilityPresets.CustomerServiceRegulation, ChinaWorkingCalendar.Default.Zone);
}
