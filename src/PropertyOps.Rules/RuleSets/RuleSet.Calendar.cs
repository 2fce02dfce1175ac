using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;

namespace PropertyOps.Rules.RuleSets;

// The working calendar: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static WorkingCalendar? Calendar(Walk walk, JsonElement e, string path)
    {
        if (!walk.Object(e, path, ["zone", "makeUpDayPattern", "hours", "arrangements", "holidays", "makeUpDays"], []))
        {
            return null;
        }

        DateTimeZone? zone = null;
        if (walk.String(e, path, "zone", 64) is { } id)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
            if (zone is null)
            {
                walk.Problem($"{path}.zone", $"unknown time zone \"{Redaction.Excerpt(id)}\"; expected a tzdb id such as \"Asia/Shanghai\"");
            }
        }

        var pattern = walk.Enum<IsoDayOfWeek>(e, path, "makeUpDayPattern", allowZero: false);
        var builder = zone is null ? null : WorkingCalendar.CreateBuilder(zone);
        if (walk.Child(e, path, "hours", JsonValueKind.Object) is { } hours)
        {
            var days = Enum.GetNames<IsoDayOfWeek>().Where(n => n != nameof(IsoDayOfWeek.None)).ToArray();
            if (walk.Object(hours, $"{path}.hours", days, []))
            {
                foreach (var day in days)
                {
                    var spans = new List<WorkingSpan>();
                    foreach (var (span, spanPath) in walk.Array(hours, $"{path}.hours", day, 8))
                    {
                        if (walk.StringValue(span, spanPath, 20) is { } text)
                        {
                            try
                            {
                                spans.Add(WorkingSpan.Parse(text));
                            }
                            catch (ArgumentException)
                            {
                                walk.Problem(spanPath, $"expected a working span like \"09:00-12:00\", found \"{Redaction.Excerpt(text)}\"");
                            }
                        }
                    }

                    builder?.WithWorkingSpans(System.Enum.Parse<IsoDayOfWeek>(day), [.. spans]);
                }
            }
        }

        foreach (var (arrangement, arrangementPath) in walk.Array(e, path, "arrangements", 300))
        {
            if (!walk.Object(arrangement, arrangementPath, ["year", "notice", "sources", "days"], []))
            {
                continue;
            }

            var year = walk.Int(arrangement, arrangementPath, "year", 1900, 2149);
            var notice = walk.String(arrangement, arrangementPath, "notice", 500);
            var sources = walk.Array(arrangement, arrangementPath, "sources", 20).Select(p => walk.StringValue(p.Element, p.Path, 500)).ToList();
            var days = new List<ArrangedDay>();
            foreach (var (day, dayPath) in walk.Array(arrangement, arrangementPath, "days", 400))
            {
                if (walk.Object(day, dayPath, ["date", "name", "offDay"], []) && walk.Date(day, dayPath, "date") is { } date && walk.String(day, dayPath, "name", 50) is { } dayName && walk.Bool(day, dayPath, "offDay") is { } off)
                {
                    days.Add(new ArrangedDay(date, dayName, off));
                }
            }

            if (year is { } y && notice is not null && sources.All(s => s is not null))
            {
                walk.Try(arrangementPath, () => builder?.AddArrangement(HolidayArrangement.Create(y, notice, sources!, days)));
            }
        }

        foreach (var (kind, list) in new[] { (true, "holidays"), (false, "makeUpDays") })
        {
            foreach (var (day, dayPath) in walk.Array(e, path, list, 2000))
            {
                if (walk.Object(day, dayPath, ["date", "name"], []) && walk.Date(day, dayPath, "date") is { } date && walk.String(day, dayPath, "name", 50) is { } dayName)
                {
                    walk.Try(dayPath, () => _ = kind ? builder?.AddHoliday(date, dayName) : builder?.AddMakeUpWorkingDay(date, dayName));
                }
            }
        }

        if (pattern is { } p)
        {
            walk.Try($"{path}.makeUpDayPattern", () => builder?.WithMakeUpDayPattern(p));
        }

        return builder is null || walk.Problems.Count > 0 ? null : walk.Try(path, builder.Build);
    }
}

internal static partial class RuleSetWriter
{
    private static void Calendar(Utf8JsonWriter w, WorkingCalendar calendar)
    {
        w.WriteStartObject("calendar");
        w.WriteString("zone", calendar.Zone.Id);
        w.WriteString("makeUpDayPattern", calendar.MakeUpDayPattern.ToString());
        w.WriteStartObject("hours");
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            w.WriteStartArray(day.ToString());
            foreach (var span in calendar.GetWorkingSpans(day))
            {
                w.WriteStringValue(span.ToString());
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("arrangements");
        foreach (var arrangement in calendar.Arrangements.OrderBy(a => a.Year))
        {
            w.WriteStartObject();
            w.WriteNumber("year", arrangement.Year);
            w.WriteString("notice", arrangement.Notice);
            w.WriteStartArray("sources");
            foreach (var source in arrangement.Sources)
            {
                w.WriteStringValue(source);
            }

            w.WriteEndArray();
            w.WriteStartArray("days");
            foreach (var day in arrangement.Days.OrderBy(d => d.Date))
            {
                w.WriteStartObject();
                w.WriteString("date", Date(day.Date));
                w.WriteString("name", day.Name);
                w.WriteBoolean("offDay", day.IsOffDay);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var arranged = calendar.Arrangements.SelectMany(a => a.Days).Select(d => d.Date).ToHashSet();
        Days(w, "holidays", calendar.Holidays.Where(p => !arranged.Contains(p.Key)));
        Days(w, "makeUpDays", calendar.MakeUpWorkingDays.Where(p => !arranged.Contains(p.Key)));
        w.WriteEndObject();
    }

    private static void Days(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<LocalDate, string>> days)
    {
        w.WriteStartArray(name);
        foreach (var (date, label) in days.OrderBy(p => p.Key))
        {
            w.WriteStartObject();
            w.WriteString("date", Date(date));
            w.WriteString("name", label);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
