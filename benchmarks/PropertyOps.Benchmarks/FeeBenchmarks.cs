using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Benchmarks;

/// <summary>Pay-by-satisfaction bills for 100,000 households of one quarter (5 scored items; 90 % returned a survey).</summary>
[MemoryDiagnoser]
public class FeeBenchmarks
{
    private const int Households = 100_000;
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly Quarter _quarter = new(2026, 3);
    private readonly FeeSchedule _schedule = FeePresets.PayBySatisfaction;
    private List<Household> _households = null!;
    private List<SatisfactionSurvey> _surveys = null!;
    private Instant _asOf;

    [GlobalSetup]
    public void Setup()
    {
        var items = _schedule.Weights.Keys.ToArray();
        var handedOut = Instant.FromUtc(2026, 7, 2, 2, 0);
        var returned = Instant.FromUtc(2026, 9, 28, 2, 0);
        _asOf = Instant.FromUtc(2026, 10, 8, 2, 0);
        _households = Enumerable.Range(0, Households).Select(i => new Household($"H{i:D6}", 50m + (i % 1000) / 10m)).ToList();
        _surveys = Enumerable.Range(0, Households).Where(i => i % 10 != 0)
            .Select(i => new SatisfactionSurvey($"H{i:D6}", _quarter, ScoreScale.Percent, items.Select((item, k) => (item, score: (decimal)((i * 7 + k * 13) % 41 + 60))).ToDictionary(p => p.item, p => p.score), handedOut, returned))
            .ToList();
    }

    [Benchmark]
    public ImmutableArray<FeeStatement> Bill_100k_households() => FeeCalculator.Bill(_households, _surveys, _quarter, _schedule, _zone, _asOf);

    [Benchmark]
    public ImmutableArray<FeeStatement> Bill_100k_households_estate_wide() => FeeCalculator.Bill(_households, _surveys, _quarter, _schedule with { Mode = BillingMode.EstateWide }, _zone, _asOf);
}
