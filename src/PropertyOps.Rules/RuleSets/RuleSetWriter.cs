using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.RuleSets;

/// <summary>Writes the canonical form of a rule set: fixed property order, sorted keys, indented, Chinese text unescaped.</summary>
internal static class RuleSetWriter
{
    public static string Write(RuleSet set)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", RuleSet.Schema);
            w.WriteString("name", set.Name);
            Calendar(w, set.Calendar);
            Sla(w, set.Sla);
            Accountability(w, set);
            Fees(w, set.Fees);
            Cards(w, set);
            Retention(w, set);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static readonly JsonSerializerOptions Noda = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    // Durations are written by NodaTime.Serialization.SystemTextJson's converter, the one the reader reads them with.
    private static void WriteDuration(Utf8JsonWriter w, string name, Duration duration)
    {
        w.WritePropertyName(name);
        JsonSerializer.Serialize(w, duration, Noda);
    }

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

    private static void Sla(Utf8JsonWriter w, SlaPolicy policy)
    {
        w.WriteStartObject("sla");
        w.WriteString("name", policy.Name);
        w.WriteStartArray("rules");
        foreach (var rule in policy.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id.ToString());
            w.WriteString("title", rule.Title);
            w.WriteString("englishTitle", rule.EnglishTitle);
            Names(w, "start", rule.Start.Select(k => k.ToString()));
            Names(w, "stops", rule.Stops.Select(k => k.ToString()));
            w.WriteStartObject("allowance");
            w.WriteString("kind", rule.Allowance.Kind.ToString());
            if (rule.Allowance.Kind is AllowanceKind.Elapsed or AllowanceKind.WorkingTime)
            {
                WriteDuration(w, "duration", rule.Allowance.Duration);
            }
            else if (rule.Allowance.Kind == AllowanceKind.WorkingDays)
            {
                w.WriteNumber("days", rule.Allowance.Days);
            }

            w.WriteEndObject();
            w.WriteString("basis", rule.Basis.ToString());
            Names(w, "classes", Flags(rule.Classes, RuleSetReader.ClassFlags));
            Names(w, "channels", Flags(rule.Channels, RuleSetReader.ChannelFlags));
            if (rule.RequiresDepartment is { } department)
            {
                w.WriteString("requiresDepartment", department.ToString());
            }
            else
            {
                w.WriteNull("requiresDepartment");
            }

            w.WriteString("escalateTo", rule.EscalateTo.ToString());
            w.WriteBoolean("everyCycle", rule.EveryCycle);
            w.WriteString("condition", rule.Condition.ToString());
            w.WriteBoolean("pausesWhileWaitingOnComplainant", rule.PausesWhileWaitingOnComplainant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static System.Collections.Generic.IEnumerable<string> Flags<T>(T value, T[] flags)
        where T : struct, Enum => flags.Where(f => value.HasFlag(f)).Select(f => f.ToString());

    private static void Names(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Accountability(Utf8JsonWriter w, RuleSet set)
    {
        var policy = set.Accountability;
        w.WriteStartObject("accountability");
        w.WriteStartObject("owners");
        foreach (var (rule, owner) in policy.Owners.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(rule, owner.ToString());
        }

        w.WriteEndObject();
        WriteDuration(w, "firstContactWithin", policy.FirstContactWithin);
        WriteDuration(w, "headActsWithin", policy.HeadActsWithin);
        WriteDuration(w, "ladderWindow", policy.LadderWindow);
        w.WriteStartArray("ladder");
        foreach (var step in policy.Ladder)
        {
            w.WriteStartObject();
            w.WriteNumber("findings", step.Findings);
            w.WriteString("sanction", step.Sanction.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Names(w, "notCompanyFault", policy.NotCompanyFault.Order().Select(c => c.ToString()));
        w.WriteNumber("rankingSize", policy.RankingSize);
        w.WriteStartArray("periodicDuties");
        foreach (var duty in set.PeriodicDuties.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", duty.Id);
            w.WriteString("kind", duty.Kind.ToString());
            w.WriteString("responsible", duty.Responsible);
            if (duty.Area is { } area)
            {
                w.WriteString("area", area);
            }

            w.WriteString("period", duty.Period.ToString());
            w.WriteNumber("minPerPeriod", duty.MinPerPeriod);
            if (duty.MaxPerPeriod is { } max)
            {
                w.WriteNumber("maxPerPeriod", max);
            }
            else
            {
                w.WriteNull("maxPerPeriod");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Fees(Utf8JsonWriter w, FeeSchedule s)
    {
        w.WriteStartObject("fees");
        w.WriteString("currency", s.UnitPrice.Currency);
        w.WriteNumber("unitPrice", s.UnitPrice.Amount);
        w.WriteStartArray("weights");
        foreach (var (item, weight) in s.Weights.OrderBy(p => p.Key.Code, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("code", item.Code);
            w.WriteString("name", item.Name);
            w.WriteNumber("weight", weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("method", s.Method.ToString());
        w.WriteStartObject("factors");
        if (s.Factors.IsTiered)
        {
            w.WriteStartArray("tiers");
            foreach (var tier in s.Factors.Tiers)
            {
                w.WriteStartObject();
                w.WriteNumber("from", tier.From);
                w.WriteNumber("to", tier.To);
                w.WriteNumber("factor", tier.Factor);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteStartObject("linear");
            w.WriteNumber("floorRate", s.Factors.FloorRate);
            w.WriteNumber("floorFactor", s.Factors.FloorFactor);
            w.WriteNumber("fullRate", s.Factors.FullRate);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteNumber("floor", s.Floor);
        w.WriteString("nonRespondents", s.NonRespondents.ToString());
        w.WriteNumber("nonRespondentFactor", s.NonRespondentFactor);
        w.WriteString("mode", s.Mode.ToString());
        w.WriteString("rounding", s.Rounding.ToString());
        w.WriteString("lateSurveys", s.LateSurveys.ToString());
        w.WriteNumber("publishedRateDecimals", s.PublishedRateDecimals);
        w.WriteNumber("windowDays", s.WindowDays);
        w.WriteStartArray("unitTypes");
        foreach (var (type, items) in s.Items.OrderBy(p => p.Key.Code, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("code", type.Code);
            w.WriteString("name", type.Name);
            w.WriteStartArray("items");
            foreach (var item in items)
            {
                w.WriteStartObject();
                w.WriteString("code", item.Code);
                w.WriteString("name", item.Name);
                w.WriteNumber("price", item.Price.Amount);
                w.WriteString("pricing", item.Pricing.ToString());
                w.WriteBoolean("bySatisfaction", item.BySatisfaction);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (s.Vacancy is { } vacancy)
        {
            w.WriteStartObject("vacancy");
            w.WriteNumber("share", vacancy.Share);
            Names(w, "items", vacancy.ItemCodes);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("vacancy");
        }

        w.WriteString("estateWeighting", s.EstateWeighting.ToString());
        w.WriteNumber("minimumResponseRate", s.MinimumResponseRate);
        w.WriteNumber("belowMinimumResponseFactor", s.BelowMinimumResponseFactor);
        w.WriteString("payableUnit", s.PayableUnit.ToString());
        w.WriteString("payableRounding", s.PayableRounding.ToString());
        w.WriteEndObject();
    }

    private static void Cards(Utf8JsonWriter w, RuleSet set)
    {
        var c = set.Cards;
        w.WriteStartObject("cards");
        w.WriteNumber("blueWeight", c.BlueWeight);
        w.WriteNumber("yellowWeight", c.YellowWeight);
        w.WriteNumber("redWeight", c.RedWeight);
        w.WriteNumber("rewardFrom", c.RewardFrom);
        w.WriteNumber("upgradeFrom", c.UpgradeFrom);
        w.WriteNumber("keepFrom", c.KeepFrom);
        w.WriteNumber("downgradeFrom", c.DowngradeFrom);
        w.WriteNumber("sentOffRedShare", c.SentOffRedShare);
        w.WriteNumber("minimumTurnout", c.MinimumTurnout);
        w.WriteEndObject();
    }

    private static void Retention(Utf8JsonWriter w, RuleSet set)
    {
        w.WriteStartObject("retention");
        w.WriteStartArray("rules");
        foreach (var rule in set.Retention.Rules.Values.OrderBy(r => r.RecordType, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("recordType", rule.RecordType);
            w.WriteString("name", rule.Name);
            if (rule.Period.IsPermanent)
            {
                w.WriteNull("years");
            }
            else
            {
                w.WriteNumber("years", rule.Period.Years);
            }

            w.WriteString("trigger", rule.Trigger.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var lending = set.Lending;
        w.WriteStartObject("lending");
        w.WriteStartObject("approvers");
        foreach (var (level, role) in lending.Approvers.OrderBy(p => p.Key))
        {
            w.WriteString(level.ToString(), role.ToString());
        }

        w.WriteEndObject();
        Names(w, "regulatorLevels", lending.RegulatorLevels.Order().Select(l => l.ToString()));
        w.WriteString("lawEnforcementApprover", lending.LawEnforcementApprover.ToString());
        w.WriteNumber("maxLoanDays", lending.MaxLoanDays);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
