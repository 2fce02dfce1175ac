using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Accountability;

namespace PropertyOps.Rules.RuleSets;

// The accountability policy and periodic duties: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static AccountabilityPolicy? Accountability(Walk walk, JsonElement e, string path)
    {
        if (!walk.Object(e, path, ["owners", "firstContactWithin", "headActsWithin", "ladderWindow", "ladder", "notCompanyFault", "rankingSize", "periodicDuties"], []))
        {
            return null;
        }

        var owners = ImmutableDictionary.CreateBuilder<string, DutyOwner>(StringComparer.Ordinal);
        if (walk.Child(e, path, "owners", JsonValueKind.Object) is { } o)
        {
            foreach (var property in o.EnumerateObject())
            {
                var ownerPath = $"{path}.owners.{Segment(property.Name)}";
                if (walk.EnumValue<DutyOwner>(property.Value, ownerPath) is { } owner)
                {
                    owners[property.Name] = owner;
                }
            }
        }

        var first = walk.Duration(e, path, "firstContactWithin");
        var head = walk.Duration(e, path, "headActsWithin");
        var window = walk.Duration(e, path, "ladderWindow");
        var ladder = new List<SanctionStep>();
        foreach (var (step, stepPath) in walk.Array(e, path, "ladder", 20))
        {
            if (walk.Object(step, stepPath, ["findings", "sanction"], []) && walk.Int(step, stepPath, "findings", 1, 1000) is { } findings && walk.Enum<SanctionKind>(step, stepPath, "sanction") is { } sanction)
            {
                ladder.Add(new SanctionStep(findings, sanction));
            }
        }

        var notFault = walk.Names<ComplaintCategory>(e, path, "notCompanyFault");
        var ranking = walk.Int(e, path, "rankingSize", 3, 5);
        if (first is null || head is null || window is null || notFault is null || ranking is null)
        {
            return null;
        }

        return walk.Try(path, () =>
        {
            var policy = new AccountabilityPolicy
            {
                Owners = owners.ToImmutable(), FirstContactWithin = first.Value, HeadActsWithin = head.Value, LadderWindow = window.Value,
                Ladder = [.. ladder], NotCompanyFault = [.. notFault.Value], RankingSize = ranking.Value,
            };
            policy.Validate();
            return policy;
        });
    }

    private static ImmutableArray<PeriodicDuty> PeriodicDuties(Walk walk, JsonElement e, string path)
    {
        var duties = ImmutableArray.CreateBuilder<PeriodicDuty>();
        foreach (var (d, dPath) in walk.Array(e, path, "periodicDuties", 1000))
        {
            if (!walk.Object(d, dPath, ["id", "kind", "responsible", "period", "minPerPeriod", "maxPerPeriod"], ["area"]))
            {
                continue;
            }

            var id = walk.String(d, dPath, "id", 64);
            var kind = walk.Enum<PeriodicDutyKind>(d, dPath, "kind");
            var responsible = walk.String(d, dPath, "responsible", 50);
            var period = walk.Enum<DutyPeriod>(d, dPath, "period");
            var min = walk.Int(d, dPath, "minPerPeriod", 1, 12);
            int? max = d.TryGetProperty("maxPerPeriod", out var m) && m.ValueKind == JsonValueKind.Null ? null : walk.Int(d, dPath, "maxPerPeriod", 1, 12);
            var maxOk = m.ValueKind == JsonValueKind.Null || max is not null;
            var hasArea = d.TryGetProperty("area", out _);
            var area = hasArea ? walk.String(d, dPath, "area", 50) : null;
            if (id is not null && kind is { } k && responsible is not null && period is { } p && min is { } lo && maxOk && (!hasArea || area is not null)
                && walk.Try(dPath, () => new PeriodicDuty(id, k, responsible, p, lo, max, area)) is { } duty)
            {
                duties.Add(duty);
            }
        }

        return duties.ToImmutable();
    }
}

internal static partial class RuleSetWriter
{
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
}
