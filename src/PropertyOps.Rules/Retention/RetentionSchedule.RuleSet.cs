using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Rules.Retention;

namespace PropertyOps.Rules.RuleSets;

// The retention schedule and the lending policy: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static (RetentionSchedule?, LendingPolicy?) Retention(Walk walk, JsonElement e, string path)
    {
        if (!walk.Object(e, path, ["rules", "lending"], []))
        {
            return (null, null);
        }

        var rules = new List<RetentionRule>();
        var ok = true;
        foreach (var (r, rPath) in walk.Array(e, path, "rules", 500))
        {
            if (!walk.Object(r, rPath, ["recordType", "name", "years", "trigger"], []))
            {
                ok = false;
                continue;
            }

            var type = walk.String(r, rPath, "recordType", 40);
            var name = walk.String(r, rPath, "name", 100);
            RetentionPeriod? period = null;
            if (r.TryGetProperty("years", out var years) && years.ValueKind == JsonValueKind.Null)
            {
                period = RetentionPeriod.Permanent;
            }
            else if (walk.Int(r, rPath, "years", 1, 100) is { } y)
            {
                period = RetentionPeriod.OfYears(y);
            }

            var trigger = walk.Enum<RetentionTrigger>(r, rPath, "trigger");
            if (type is not null && name is not null && period is { } p && trigger is { } t && walk.Try(rPath, () => new RetentionRule(type, name, p, t)) is { } rule)
            {
                rules.Add(rule);
            }
            else
            {
                ok = false;
            }
        }

        var schedule = ok ? walk.Try($"{path}.rules", () => new RetentionSchedule(rules)) : null;
        LendingPolicy? lending = null;
        if (walk.Child(e, path, "lending", JsonValueKind.Object) is { } l)
        {
            var lPath = $"{path}.lending";
            if (walk.Object(l, lPath, ["approvers", "regulatorLevels", "lawEnforcementApprover", "maxLoanDays"], []))
            {
                var approvers = ImmutableDictionary.CreateBuilder<Confidentiality, ActorRole>();
                if (walk.Child(l, lPath, "approvers", JsonValueKind.Object) is { } a && walk.Object(a, $"{lPath}.approvers", ["A", "B", "C"], []))
                {
                    foreach (var level in new[] { "A", "B", "C" })
                    {
                        if (walk.Enum<ActorRole>(a, $"{lPath}.approvers", level) is { } role)
                        {
                            approvers[System.Enum.Parse<Confidentiality>(level)] = role;
                        }
                    }
                }

                var levels = walk.Names<Confidentiality>(l, lPath, "regulatorLevels");
                var law = walk.Enum<ActorRole>(l, lPath, "lawEnforcementApprover");
                var days = walk.Int(l, lPath, "maxLoanDays", 1, 3650);
                if (approvers.Count == 3 && levels is { } lv && law is { } lawRole && days is { } d)
                {
                    lending = new LendingPolicy { Approvers = approvers.ToImmutable(), RegulatorLevels = [.. lv], LawEnforcementApprover = lawRole, MaxLoanDays = d };
                }
            }
        }

        return (schedule, lending);
    }
}

internal static partial class RuleSetWriter
{
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
