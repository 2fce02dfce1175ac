using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Benchmarks;

/// <summary>
/// One complaint evaluated against the 18 rules of the customer-service preset: a routine complaint with 7 events, a
/// complaint reopened into a second handling cycle (11 events), an emergency with conditional escalation, and the earliest
/// due instant a scheduler asks for.
/// </summary>
[MemoryDiagnoser]
public class SlaEvaluateBenchmarks
{
    private readonly SlaPolicy _policy = SlaPresets.CustomerServiceRegulation;
    private readonly WorkingCalendar _calendar = ChinaWorkingCalendar.Default;
    private readonly SlaBenchmarks _data = new();

    [GlobalSetup]
    public void Setup() => _data.Setup(100);

    [Benchmark(Baseline = true)]
    public SlaEvaluation Evaluate_one_complaint() => SlaEngine.Evaluate(_data.Open[0], _policy, _calendar, _data.Now);

    [Benchmark]
    public Instant? NextDue_one_complaint() => SlaEngine.NextDue(_data.Open[0], _policy, _calendar, _data.Now);

    [Benchmark]
    public SlaEvaluation Evaluate_reopened_complaint() => SlaEngine.Evaluate(_data.Open[5], _policy, _calendar, _data.Now);

    [Benchmark]
    public Instant? NextDue_reopened_complaint() => SlaEngine.NextDue(_data.Open[5], _policy, _calendar, _data.Now);

    [Benchmark]
    public SlaEvaluation Evaluate_emergency_with_conditions() => SlaEngine.Evaluate(_data.Open[6], _policy, _calendar, _data.Now);
}
