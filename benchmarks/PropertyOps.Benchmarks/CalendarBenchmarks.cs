using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PropertyOps.Benchmarks.Peers;
using PropertyOps.Domain.Calendars;
using PropertyOps.Testing;

namespace PropertyOps.Benchmarks;

/// <summary>
/// Working-time arithmetic on the mainland-China preset (09:00–12:00, 13:30–18:00 = 7.5 h a day), side by side with
/// the naive minute-stepping reference, a day-by-day NodaTime loop and Quartz.NET (the baseline of each category).
/// Allowances are working time: 1 hour, 2 working days (15 h), 30 working days (225 h), 2 working years (3,750 h).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    private WorkingCalendar _calendar = null!;
    private DayLoopCalendar _dayLoop = null!;
    private QuartzCalendar _quartz = null!;
    private Instant _start;
    private Instant _end;
    private Duration _allowance;

    [Params("1h", "2wd", "30d", "2y")]
    public string Allowance { get; set; } = "1h";

    [GlobalSetup]
    public void Setup()
    {
        _calendar = ChinaWorkingCalendar.Default;
        _dayLoop = new DayLoopCalendar(_calendar);
        _quartz = new QuartzCalendar(_calendar);
        _allowance = Allowance switch
        {
            "1h" => Duration.FromHours(1),
            "2wd" => Duration.FromHours(2 * 7.5),
            "30d" => Duration.FromHours(30 * 7.5),
            "2y" => Duration.FromHours(2 * 250 * 7.5),
            _ => throw new ArgumentOutOfRangeException(nameof(Allowance)),
        };

        // 2024-09-27 11:20 Beijing time: a Friday before a make-up Sunday and the National Day holiday.
        _start = Instant.FromUtc(2024, 9, 27, 3, 20);
        _end = _calendar.AddWorkingTime(_start, _allowance);
        if (_dayLoop.AddWorkingTime(_start, _allowance) != _end || _calendar.WorkingTimeBetween(_start, _end) != _allowance)
        {
            throw new InvalidOperationException("The peers disagree with the calendar.");
        }

        // Quartz cannot express make-up working days; on a stretch without one it must agree too.
        var plainWeek = Instant.FromUtc(2024, 11, 25, 3, 20);
        if (_quartz.AddWorkingTime(plainWeek, Duration.FromHours(15)) != _calendar.AddWorkingTime(plainWeek, Duration.FromHours(15)))
        {
            throw new InvalidOperationException("The Quartz peer disagrees with the calendar on a plain week.");
        }
    }

    [Benchmark, BenchmarkCategory("AddWorkingTime")]
    public Instant PropertyOps_Add() => _calendar.AddWorkingTime(_start, _allowance);

    [Benchmark, BenchmarkCategory("AddWorkingTime")]
    public Instant DayLoop_Add() => _dayLoop.AddWorkingTime(_start, _allowance);

    [Benchmark, BenchmarkCategory("AddWorkingTime")]
    public Instant NaiveStepping_Add() => NaiveWorkingCalendar.AddWorkingTime(_calendar, _start, _allowance);

    [Benchmark(Baseline = true), BenchmarkCategory("AddWorkingTime")]
    public Instant Quartz_Add() => _quartz.AddWorkingTime(_start, _allowance);

    [Benchmark, BenchmarkCategory("WorkingTimeBetween")]
    public Duration PropertyOps_Between() => _calendar.WorkingTimeBetween(_start, _end);

    [Benchmark, BenchmarkCategory("WorkingTimeBetween")]
    public Duration DayLoop_Between() => _dayLoop.WorkingTimeBetween(_start, _end);

    [Benchmark, BenchmarkCategory("WorkingTimeBetween")]
    public Duration NaiveStepping_Between() => NaiveWorkingCalendar.WorkingTimeBetween(_calendar, _start, _end);

    [Benchmark(Baseline = true), BenchmarkCategory("WorkingTimeBetween")]
    public Duration Quartz_Between() => _quartz.WorkingTimeBetween(_start, _end);
}
