using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;

namespace PropertyOps.Rules.RuleSets;

// The fee schedule: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static FeeSchedule? Fees(Walk walk, JsonElement e, string path)
    {
        if (!walk.Object(e, path, ["currency", "unitPrice", "weights", "method", "factors", "floor", "nonRespondents", "nonRespondentFactor", "mode", "rounding", "lateSurveys", "publishedRateDecimals", "windowDays", "unitTypes", "vacancy", "estateWeighting", "minimumResponseRate", "belowMinimumResponseFactor", "payableUnit", "payableRounding"], []))
        {
            return null;
        }

        var currency = walk.String(e, path, "currency", 3);
        if (currency is not null && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper)))
        {
            walk.Problem($"{path}.currency", "expected a three-letter currency code such as \"CNY\"");
            currency = null;
        }

        var price = walk.Decimal(e, path, "unitPrice", 0, FeeSchedule.MaxUnitPrice);
        var weights = ImmutableDictionary.CreateBuilder<ServiceItem, decimal>();
        foreach (var (w, wPath) in walk.Array(e, path, "weights", 50))
        {
            if (walk.Object(w, wPath, ["code", "name", "weight"], []) && walk.String(w, wPath, "code", 40) is { } code && walk.String(w, wPath, "name", 40) is { } itemName && walk.Decimal(w, wPath, "weight", 0, FeeSchedule.MaxWeight) is { } weight)
            {
                var item = walk.Try(wPath, () => code switch
                {
                    "security" => ServiceItem.Security,
                    "cleaning" => ServiceItem.Cleaning,
                    "landscaping" => ServiceItem.Landscaping,
                    "repairs" => ServiceItem.Repairs,
                    "customer-service" => ServiceItem.CustomerService,
                    _ => ServiceItem.Custom(code, itemName),
                });
                if (item is not null && !weights.TryAdd(item, weight))
                {
                    walk.Problem(wPath, $"the item \"{code}\" is weighted twice");
                }
            }
        }

        var method = walk.Enum<RateMethod>(e, path, "method");
        FeeFactors? factors = null;
        if (walk.Child(e, path, "factors", JsonValueKind.Object) is { } f)
        {
            var fPath = $"{path}.factors";
            if (f.TryGetProperty("tiers", out _))
            {
                if (walk.Object(f, fPath, ["tiers"], []))
                {
                    var tiers = new List<FeeTier>();
                    foreach (var (t, tPath) in walk.Array(f, fPath, "tiers", 50))
                    {
                        if (walk.Object(t, tPath, ["from", "to", "factor"], []) && walk.Decimal(t, tPath, "from", 0, 1) is { } from && walk.Decimal(t, tPath, "to", 0, 1) is { } to && walk.Decimal(t, tPath, "factor", 0, 1) is { } factor)
                        {
                            tiers.Add(new FeeTier(from, to, factor));
                        }
                    }

                    factors = walk.Try($"{fPath}.tiers", () => FeeFactors.Tiered([.. tiers]));
                }
            }
            else if (walk.Object(f, fPath, ["linear"], []) && walk.Child(f, fPath, "linear", JsonValueKind.Object) is { } l)
            {
                var lPath = $"{fPath}.linear";
                if (walk.Object(l, lPath, ["floorRate", "floorFactor", "fullRate"], []) && walk.Decimal(l, lPath, "floorRate", 0, 1) is { } floorRate && walk.Decimal(l, lPath, "floorFactor", 0, 1) is { } floorFactor && walk.Decimal(l, lPath, "fullRate", 0, 1) is { } fullRate)
                {
                    factors = walk.Try(lPath, () => FeeFactors.Linear(floorRate, floorFactor, fullRate));
                }
            }
        }

        var floor = walk.Decimal(e, path, "floor", 0, 1);
        var nonRespondents = walk.Enum<NonRespondentRule>(e, path, "nonRespondents");
        var nonRespondentFactor = walk.Decimal(e, path, "nonRespondentFactor", 0, 1);
        var mode = walk.Enum<BillingMode>(e, path, "mode");
        var rounding = walk.Enum<MidpointRounding>(e, path, "rounding", allowZero: true);
        var late = walk.Enum<LateSurveyHandling>(e, path, "lateSurveys");
        var decimals = walk.Int(e, path, "publishedRateDecimals", 0, 10);
        var window = walk.Int(e, path, "windowDays", 1, 31);
        var items = ImmutableDictionary.CreateBuilder<UnitType, ImmutableArray<FeeItem>>();
        foreach (var (u, uPath) in walk.Array(e, path, "unitTypes", 50))
        {
            if (!walk.Object(u, uPath, ["code", "name", "items"], []) || walk.String(u, uPath, "code", 40) is not { } code || walk.String(u, uPath, "name", 40) is not { } typeName)
            {
                continue;
            }

            var list = new List<FeeItem>();
            foreach (var (i, iPath) in walk.Array(u, uPath, "items", FeeSchedule.MaxItemsPerUnitType))
            {
                if (walk.Object(i, iPath, ["code", "name", "price", "pricing", "bySatisfaction"], []) && walk.String(i, iPath, "code", 40) is { } itemCode && walk.String(i, iPath, "name", 40) is { } itemName
                    && walk.Decimal(i, iPath, "price", 0, FeeSchedule.MaxUnitPrice) is { } itemPrice && walk.Enum<FeePricing>(i, iPath, "pricing") is { } pricing && walk.Bool(i, iPath, "bySatisfaction") is { } by && currency is not null)
                {
                    if (walk.Try(iPath, () => new FeeItem(itemCode, itemName, new Money(itemPrice, currency), pricing, by)) is { } item)
                    {
                        list.Add(item);
                    }
                }
            }

            if (walk.Try($"{uPath}.code", () => UnitType.Custom(code, typeName)) is { } type && !items.TryAdd(type, [.. list]))
            {
                walk.Problem(uPath, $"the unit type \"{code}\" is listed twice");
            }
        }

        VacancyPolicy? vacancy = null;
        if (e.TryGetProperty("vacancy", out var v) && v.ValueKind != JsonValueKind.Null && walk.Child(e, path, "vacancy", JsonValueKind.Object) is { } vo)
        {
            var vPath = $"{path}.vacancy";
            if (walk.Object(vo, vPath, ["share", "items"], []) && walk.Decimal(vo, vPath, "share", 0, 1) is { } share)
            {
                var codes = walk.Array(vo, vPath, "items", 50).Select(p => walk.StringValue(p.Element, p.Path, 40)).ToList();
                if (codes.All(c => c is not null))
                {
                    vacancy = walk.Try(vPath, () => new VacancyPolicy(share, [.. codes!]));
                }
            }
        }
        else if (!e.TryGetProperty("vacancy", out _))
        {
            walk.Problem(path, "missing property \"vacancy\" (an object, or null)");
        }

        var weighting = walk.Enum<EstateWeighting>(e, path, "estateWeighting");
        var minimum = walk.Decimal(e, path, "minimumResponseRate", 0, 1);
        var below = walk.Decimal(e, path, "belowMinimumResponseFactor", 0, 1);
        var unit = walk.Enum<PayableUnit>(e, path, "payableUnit");
        var payableRounding = walk.Enum<MidpointRounding>(e, path, "payableRounding", allowZero: true);
        if (currency is null || price is null || method is null || factors is null || floor is null || nonRespondents is null || nonRespondentFactor is null || mode is null || rounding is null
            || late is null || decimals is null || window is null || weighting is null || minimum is null || below is null || unit is null || payableRounding is null)
        {
            return null;
        }

        return walk.Try(path, () =>
        {
            var schedule = new FeeSchedule
            {
                UnitPrice = new Money(price.Value, currency), Weights = weights.ToImmutable(), Method = method.Value, Factors = factors, Floor = floor.Value,
                NonRespondents = nonRespondents.Value, NonRespondentFactor = nonRespondentFactor.Value, Mode = mode.Value, Rounding = rounding.Value, LateSurveys = late.Value,
                PublishedRateDecimals = decimals.Value, WindowDays = window.Value, Items = items.ToImmutable(), Vacancy = vacancy, EstateWeighting = weighting.Value,
                MinimumResponseRate = minimum.Value, BelowMinimumResponseFactor = below.Value, PayableUnit = unit.Value, PayableRounding = payableRounding.Value,
            };
            schedule.Validate();
            return schedule;
        });
    }
}

internal static partial class RuleSetWriter
{
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
}
