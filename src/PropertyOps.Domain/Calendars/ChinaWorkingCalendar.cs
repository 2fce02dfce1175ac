using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// The mainland-China working calendar preset: <c>Asia/Shanghai</c>, Monday to Friday, and the State Council's
/// holiday arrangements (法定节假日 and 调休上班) for 2024, 2025 and 2026.
/// </summary>
/// <remarks>
/// <para>Each year's dates live in one data file (<c>Calendars/Data/cn-YYYY.json</c>, the format of the public
/// <c>NateScarlet/holiday-cn</c> mirror) together with the notice it comes from; <see cref="Arrangements"/> exposes them.
/// Years outside the data fall back to plain weekends: check <see cref="WorkingCalendar.CoveredYears"/>, and add a newly
/// published year with <see cref="WorkingCalendarBuilder.AddArrangement"/> and <see cref="HolidayArrangement.FromHolidayCnJson"/>.</para>
/// <para>Make-up working days work the Monday hours (the same hours as every weekday here).</para>
/// </remarks>
public static class ChinaWorkingCalendar
{
    private static readonly Lazy<ImmutableArray<HolidayArrangement>> LoadedArrangements = new(LoadArrangements);
    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => Create(DefaultHours.ToArray()));

    /// <summary>The time zone id, <c>Asia/Shanghai</c>.</summary>
    public const string ZoneId = "Asia/Shanghai";

    /// <summary>The default daily working hours: 09:00–12:00 and 13:30–18:00.</summary>
    public static ImmutableArray<WorkingSpan> DefaultHours { get; } =
    [
        new WorkingSpan(new LocalTime(9, 0), new LocalTime(12, 0)),
        new WorkingSpan(new LocalTime(13, 30), new LocalTime(18, 0)),
    ];

    /// <summary>The State Council holiday arrangements shipped with this version, one per year, ascending.</summary>
    public static ImmutableArray<HolidayArrangement> Arrangements => LoadedArrangements.Value;

    /// <summary>The calendar with the default hours (09:00–12:00, 13:30–18:00); one shared, immutable instance.</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>The mainland-China calendar with the given daily working hours, Monday to Friday.</summary>
    /// <param name="dailyHours">The working spans of every working day.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The spans are empty or overlap.</exception>
    public static WorkingCalendar Create(params WorkingSpan[] dailyHours) => CreateBuilder(dailyHours).Build();

    /// <summary>A builder preloaded with the preset, to add hours, holidays or a newly published year.</summary>
    /// <param name="dailyHours">The working spans of every working day; none gives <see cref="DefaultHours"/>.</param>
    /// <returns>The builder.</returns>
    public static WorkingCalendarBuilder CreateBuilder(params WorkingSpan[] dailyHours)
    {
        Guard.Against.Null(dailyHours);
        var hours = dailyHours.Length == 0 ? DefaultHours.ToArray() : dailyHours;
        var builder = WorkingCalendar.CreateBuilder(DateTimeZoneProviders.Tzdb[ZoneId])
            .WithWeekdaySpans(hours)
            .WithMakeUpDayPattern(IsoDayOfWeek.Monday);
        foreach (var arrangement in Arrangements)
        {
            builder.AddArrangement(arrangement);
        }

        return builder;
    }

    private static ImmutableArray<HolidayArrangement> LoadArrangements()
    {
        var assembly = typeof(ChinaWorkingCalendar).Assembly;
        const string prefix = "PropertyOps.Domain.Calendars.Data.cn-";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return HolidayArrangement.FromHolidayCnJson(buffer.ToArray());
            })
            .ToImmutableArray();
    }
}
