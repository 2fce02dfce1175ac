using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyOps.Domain.Documents;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Retention;

namespace PropertyOps.Benchmarks;

/// <summary>The disposition list of a 1,000,000-record catalogue with 1,000 legal holds (D11), and index-number parsing (D3).</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly string[] Types = ["printing-register", "archive-catalogue", "distribution-register", "borrowing-register", "copy-register", "reissue-application", "void-destruction-register", "staff-file"];
    private readonly RetentionSchedule _schedule = RetentionPresets.DocumentControlRegulation;
    private RetainedRecord[] _records = null!;
    private LegalHold[] _holds = null!;
    private readonly LocalDate _today = new(2026, 11, 25);

    /// <summary>Builds the catalogue: record types in turn, created over 2015–2026, most closed a year later, some voided.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2015, 1, 1);
        _records = [.. Enumerable.Range(0, 1_000_000).Select(i => new RetainedRecord(
            $"DOC-{i:D7}",
            Types[i % Types.Length],
            start.PlusDays(i % 4300),
            i % 5 == 0 ? null : start.PlusDays((i % 4300) + 365),
            i % 7 == 0 ? start.PlusDays((i % 4300) + 200) : null))];
        _holds = [.. Enumerable.Range(0, 1_000).Select(h => new LegalHold(
            $"H-{h:D4}",
            h % 2 == 0 ? HoldReason.Litigation : HoldReason.Investigation,
            [.. Enumerable.Range(0, 20).Select(k => $"DOC-{(h * 997 + k * 31) % 1_000_000:D7}")],
            h == 999 ? ["reissue-application"] : []))];
    }

    [Benchmark]
    public DispositionReport DueForDisposition_1M_records_1000_holds() => _schedule.DueForDisposition(_records, _holds, _today);

    [Benchmark]
    public IndexNumber IndexNumber_parse()
    {
        IndexNumber.TryParse("3-12.7-05", out var index);
        return index;
    }

    [Benchmark]
    public IndexNumber IndexNumber_parse_long()
    {
        IndexNumber.TryParse("7-9999.9999-99", out var index);
        return index;
    }
}
