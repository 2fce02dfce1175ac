using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Benchmarks;

/// <summary>
/// One complaint evaluated against the 18 rules of the customer-service preset: a routine complaint with 7 events, and
/// the earliest due instant a scheduler asks for.
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
}
