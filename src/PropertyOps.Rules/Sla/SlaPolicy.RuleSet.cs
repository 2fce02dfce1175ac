using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.RuleSets;

// The SLA policy: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static SlaPolicy? Sla(Walk walk, JsonElement e, string path)
    {
        if (!walk.Object(e, path, ["name", "rules"], []))
        {
            return null;
        }

        var name = walk.String(e, path, "name", 100);
        var rules = new List<DeadlineRule>();
        var ok = true;
        foreach (var (r, rulePath) in walk.Array(e, path, "rules", 200))
        {
            if (!walk.Object(r, rulePath, ["id", "title", "englishTitle", "start", "stops", "allowance", "basis", "classes", "channels", "requiresDepartment", "escalateTo", "everyCycle", "condition", "pausesWhileWaitingOnComplainant"], []))
            {
                ok = false;
                continue;
            }

            RuleId? id = null;
            if (walk.String(r, rulePath, "id", 40) is { } text)
            {
                try
                {
                    id = RuleId.Parse(text);
                }
                catch (ArgumentException)
                {
                    walk.Problem($"{rulePath}.id", $"unknown rule id \"{Redaction.Excerpt(text)}\"; expected an id such as \"C6.revisit\"");
                }
            }

            var title = walk.String(r, rulePath, "title", 100);
            var english = walk.String(r, rulePath, "englishTitle", 100);
            var start = walk.Names<ComplaintEventKind>(r, rulePath, "start");
            var stops = walk.Names<ComplaintEventKind>(r, rulePath, "stops");
            var allowance = Allowance(walk, r, rulePath);
            var basis = walk.Enum<DueBasis>(r, rulePath, "basis");
            var classes = walk.Flags(r, rulePath, "classes", ClassFlags);
            var channels = walk.Flags(r, rulePath, "channels", ChannelFlags);
            var department = walk.OptionalEnum<DepartmentKind>(r, rulePath, "requiresDepartment");
            var escalate = walk.Enum<EscalationTarget>(r, rulePath, "escalateTo");
            var every = walk.Bool(r, rulePath, "everyCycle");
            var condition = walk.Enum<DutyCondition>(r, rulePath, "condition", allowZero: true);
            var pauses = walk.Bool(r, rulePath, "pausesWhileWaitingOnComplainant");
            if (id is { } ruleId && title is not null && english is not null && start is { } s && stops is { } st && allowance is { } a && basis is { } b
                && classes is { } c && channels is { } ch && department.Found && escalate is { } esc && every is { } ev && condition is { } cond && pauses is { } pa)
            {
                var rule = walk.Try(rulePath, () => new DeadlineRule(ruleId, title, english, s, st, a, esc)
                {
                    Basis = b, Classes = c, Channels = ch, RequiresDepartment = department.Value, EveryCycle = ev, Condition = cond, PausesWhileWaitingOnComplainant = pa,
                });
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }
            else
            {
                ok = false;
            }
        }

        return name is null || !ok ? null : walk.Try($"{path}.rules", () => SlaPolicy.Create(name, rules));
    }

    private static Allowance? Allowance(Walk walk, JsonElement rule, string rulePath)
    {
        if (walk.Child(rule, rulePath, "allowance", JsonValueKind.Object) is not { } a)
        {
            return null;
        }

        var path = $"{rulePath}.allowance";
        var kind = walk.Enum<AllowanceKind>(a, path, "kind", allowZero: true);
        switch (kind)
        {
            case AllowanceKind.Elapsed or AllowanceKind.WorkingTime:
                if (!walk.Object(a, path, ["kind", "duration"], []) || walk.Duration(a, path, "duration") is not { } duration)
                {
                    return null;
                }

                return walk.Try($"{path}.duration", () => kind == AllowanceKind.Elapsed ? Domain.Calendars.Allowance.Elapsed(duration) : Domain.Calendars.Allowance.WorkingTime(duration));
            case AllowanceKind.WorkingDays:
                return walk.Object(a, path, ["kind", "days"], []) && walk.Int(a, path, "days", 1, WorkingCalendar.MaxWorkingDays) is { } days
                    ? Domain.Calendars.Allowance.WorkingDays(days)
                    : null;
            case AllowanceKind.EndOfWorkingDay:
                return walk.Object(a, path, ["kind"], []) ? Domain.Calendars.Allowance.EndOfWorkingDay : null;
            default:
                return kind is null ? null : walk.Object(a, path, ["kind"], []) ? default(Allowance) : null;
        }
    }
}

internal static partial class RuleSetWriter
{
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
}
