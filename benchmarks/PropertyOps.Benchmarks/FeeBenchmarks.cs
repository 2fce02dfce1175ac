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

    /// <summary>One quarter of 100,000 households.</summary>
    [GlobalSetup(Targets = [nameof(Bill_100k_households), nameof(Bill_100k_households_estate_wide)])]
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

    private List<SatisfactionSurvey> _yearSurveys = null!;
    private Dictionary<string, Money> _prepaid = null!;
    private FeeSchedule _itemised = null!;
    private Instant _yearEnd;

    /// <summary>A year of 100,000 households with three fee items each, four quarterly surveys (90 % returned) and full prepayment.</summary>
    [GlobalSetup(Targets = [nameof(Bill_100k_households_3_items_year_settled_by_quarter)])]
    public void SetupYear()
    {
        Setup();
        var items = _schedule.Weights.Keys.ToArray();
        _yearEnd = Instant.FromUtc(2027, 1, 8, 2, 0);
        _itemised = _schedule with
        {
            Items = ImmutableDictionary<UnitType, ImmutableArray<FeeItem>>.Empty.Add(
                UnitType.Residence,
                [
                    FeeItem.Management(Money.Yuan(2.80m)),
                    new FeeItem("lift", "电梯费", Money.Yuan(0.35m), FeePricing.PerSquareMetre, bySatisfaction: true),
                    new FeeItem("waste", "垃圾清运费", Money.Yuan(8m), FeePricing.PerUnit, bySatisfaction: false),
                ]),
        };
        _yearSurveys = [.. Enumerable.Range(1, 4).SelectMany(q =>
        {
            var quarter = new Quarter(2026, q);
            var handedOut = Instant.FromUtc(quarter.Start.Year, quarter.Start.Month, 2, 2, 0);
            var returned = Instant.FromUtc(quarter.End.Year, quarter.End.Month, quarter.End.Day - 2, 2, 0);
            return Enumerable.Range(0, Households).Where(i => (i + q) % 10 != 0)
                .Select(i => new SatisfactionSurvey($"H{i:D6}", quarter, ScoreScale.Percent, items.Select((item, k) => (item, score: (decimal)((i * 7 + k * 13 + q) % 41 + 60))).ToDictionary(p => p.item, p => p.score), handedOut, returned));
        })];
        _prepaid = _households.ToDictionary(h => h.Id, h => FeeCalculator.FullFee(h, BillingPeriod.Year(2026), _itemised));
    }

    [Benchmark]
    public ImmutableArray<PeriodStatement> Bill_100k_households_3_items_year_settled_by_quarter() =>
        FeeCalculator.BillPeriod(_households, _yearSurveys, BillingPeriod.Year(2026), _itemised, _zone, _yearEnd, _prepaid);

    [Benchmark]
    public ImmutableArray<FeeStatement> Bill_100k_households() => FeeCalculator.Bill(_households, _surveys, _quarter, _schedule, _zone, _asOf);

    [Benchmark]
    public ImmutableArray<FeeStatement> Bill_100k_households_estate_wide() => FeeCalculator.Bill(_households, _surveys, _quarter, _schedule with { Mode = BillingMode.EstateWide }, _zone, _asOf);
}
