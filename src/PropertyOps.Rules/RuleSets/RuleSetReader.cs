using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Domain.Fees;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Internal;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Retention;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.RuleSets;

/// <summary>
/// Reads a rule set in two passes: a token pass that checks the syntax, refuses duplicate keys and records where every
/// value sits (line and column by JSON path), then a walk of the document that checks every part against the schema and
/// the domain's own invariants, collecting every problem before refusing. Nothing is built unless nothing is wrong.
/// </summary>
internal static class RuleSetReader
{
    internal static readonly ComplaintClasses[] ClassFlags = [ComplaintClasses.Unreasonable, ComplaintClasses.General, ComplaintClasses.Major, ComplaintClasses.Emergency];
    internal static readonly ComplaintChannels[] ChannelFlags = [ComplaintChannels.Phone, ComplaintChannels.Visit, ComplaintChannels.Written, ComplaintChannels.Patrol, ComplaintChannels.Online, ComplaintChannels.RepairOrder];

    private const int MaxDepth = 32;

    /// <summary>The largest rule-set file read: 4 MiB.</summary>
    internal const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The problem reported for a file over <see cref="MaxBytes"/>.</summary>
    internal static RuleSetException TooLarge() =>
        Refused(new RuleSetProblem("$", 1, 1, $"the file is larger than the {MaxBytes / (1024 * 1024)} MiB a rule set may be ({MaxBytes:N0} bytes); it was not read further"));

    private static readonly JsonSerializerOptions Noda = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static RuleSet Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            throw TooLarge();
        }

        // A UTF-8 byte-order mark (editors on Windows write one) is not part of the JSON.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var blank = true;
        foreach (var b in utf8)
        {
            blank &= b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
        }

        if (blank)
        {
            throw Refused(new RuleSetProblem("$", 1, 1, "the file is empty; expected a JSON object"));
        }

        // Invalid UTF-8 is refused before anything reads text from the file.
        for (var i = 0; i < utf8.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                var line = 1;
                var lineStart = 0;
                for (var k = 0; k < i; k++)
                {
                    if (utf8[k] == (byte)'\n')
                    {
                        line++;
                        lineStart = k + 1;
                    }
                }

                throw Refused(new RuleSetProblem("$", line, i - lineStart + 1, "the file is not well-formed UTF-8"));
            }

            i += consumed;
        }

        var positions = Positions(utf8, out var syntax);
        if (syntax is not null)
        {
            throw Refused(syntax);
        }

        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        var walk = new Walk(positions);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schema", out var declared) && (declared.ValueKind != JsonValueKind.String || declared.GetString() != RuleSet.Schema))
        {
            throw Refused(walk.At("$.schema", $"unsupported schema version {(declared.ValueKind == JsonValueKind.String ? $"\"{Redaction.Excerpt(declared.GetString())}\"" : "(not a string)")}; expected \"{RuleSet.Schema}\""));
        }

        if (!walk.Object(root, "$", ["schema", "name", "calendar", "sla", "accountability", "fees", "cards", "retention"], []))
        {
            throw Refused([.. walk.Problems]);
        }

        var schema = walk.String(root, "$", "schema", 40);
        if (schema is not null && schema != RuleSet.Schema)
        {
            throw Refused(walk.At("$.schema", $"unsupported schema version \"{Redaction.Excerpt(schema)}\"; expected \"{RuleSet.Schema}\""));
        }

        var name = walk.String(root, "$", "name", 100);
        var calendar = walk.Section(root, "calendar", Calendar);
        var sla = walk.Section(root, "sla", Sla);
        var accountability = walk.Section(root, "accountability", Accountability);
        var duties = root.TryGetProperty("accountability", out var a) && a.ValueKind == JsonValueKind.Object ? PeriodicDuties(walk, a, "$.accountability") : [];
        var fees = walk.Section(root, "fees", Fees);
        var cards = walk.Section(root, "cards", Cards);
        var (retention, lending) = walk.Section(root, "retention", Retention);
        if (walk.Problems.Count > 0 || name is null || calendar is null || sla is null || accountability is null || fees is null || cards is null || retention is null || lending is null)
        {
            throw Refused(walk.Problems.Count > 0 ? [.. walk.Problems] : [new RuleSetProblem("$", 1, 1, "The rule set is incomplete.")]);
        }

        try
        {
            return new RuleSet(name, calendar, sla, accountability, fees, cards, retention, lending, duties);
        }
        catch (ArgumentException e)
        {
            throw Refused(walk.At("$", StrictJson.SafeMessage(e.Message)));
        }
    }

    private static RuleSetException Refused(params RuleSetProblem[] problems) => new([.. problems]);

    // An escaped string decodes to UTF-16; an unpaired surrogate escape (\uD800) cannot, and System.Text.Json says so with
    // an InvalidOperationException when the value is read. The token pass finds it first, with its position.
    private static bool IsWellFormedText(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // The token pass: syntax, duplicate keys, depth, and the line and column of every value by path.
    private static Dictionary<string, (int Line, int Column)> Positions(ReadOnlySpan<byte> utf8, out RuleSetProblem? problem)
    {
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        (int, int) Where(long offset, ReadOnlySpan<byte> text)
        {
            var line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            var column = 1;
            for (var i = lineStarts[line]; i < offset && i < text.Length; i++)
            {
                column += (text[i] & 0xC0) == 0x80 ? 0 : 1;
            }

            return (line + 1, column);
        }

        problem = null;
        var frames = new Stack<(bool IsArray, int Index, string? Property, HashSet<string>? Keys, string Path)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !IsWellFormedText(ref reader))
                {
                    var (line, column) = Where(reader.TokenStartIndex, utf8);
                    problem = new RuleSetProblem(frames.Count == 0 ? "$" : frames.Peek().Path, line, column, "a string holds an escaped lone surrogate (a \\uD800–\\uDFFF escape without its pair); rule-set text must be Unicode text");
                    return positions;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    var (isArray, index, _, keys, path) = frames.Pop();
                    var key = reader.GetString()!;
                    if (!keys!.Add(key))
                    {
                        var (line, column) = Where(reader.TokenStartIndex, utf8);
                        problem = new RuleSetProblem($"{path}.{Segment(key)}", line, column, $"duplicate property \"{Redaction.Excerpt(key)}\"");
                        return positions;
                    }

                    frames.Push((isArray, index, key, keys, path));
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                var valuePath = "$";
                if (frames.Count > 0)
                {
                    var (isArray, index, property, keys, path) = frames.Pop();
                    valuePath = isArray ? $"{path}[{index}]" : $"{path}.{Segment(property!)}";
                    frames.Push((isArray, isArray ? index + 1 : index, property, keys, path));
                }

                positions[valuePath] = Where(reader.TokenStartIndex, utf8);
                if (token == JsonTokenType.StartObject)
                {
                    frames.Push((false, 0, null, new HashSet<string>(StringComparer.Ordinal), valuePath));
                }
                else if (token == JsonTokenType.StartArray)
                {
                    frames.Push((true, 0, null, null, valuePath));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            var (line, column) = e is JsonException { LineNumber: { } l, BytePositionInLine: { } b } ? ((int)l + 1, (int)b + 1) : Where(reader.TokenStartIndex, utf8);
            problem = new RuleSetProblem("$", line, column, frames.Count >= MaxDepth
                ? $"the file nests objects and arrays more than {MaxDepth} levels deep; a rule set needs far fewer"
                : "not well-formed JSON: " + System.Text.RegularExpressions.Regex.Replace(StrictJson.SafeMessage(e.Message), @"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\z", string.Empty));
            return positions;
        }

        if (positions.Count == 0)
        {
            problem = new RuleSetProblem("$", 1, 1, "the file is empty; expected a JSON object");
        }

        return positions;
    }

    private static string Segment(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? key : $"['{Redaction.Excerpt(key).Replace("'", "\\'", StringComparison.Ordinal)}']";

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

    private static CardGradingPolicy? Cards(Walk walk, JsonElement e, string path)
    {
        string[] names = ["blueWeight", "yellowWeight", "redWeight", "rewardFrom", "upgradeFrom", "keepFrom", "downgradeFrom", "sentOffRedShare"];
        if (!walk.Object(e, path, names, ["minimumTurnout"]))
        {
            return null;
        }

        var values = names.Select(n => walk.Decimal(e, path, n, -100, 100)).ToArray();
        var turnout = e.TryGetProperty("minimumTurnout", out _) ? walk.Decimal(e, path, "minimumTurnout", 0, 1) : new CardGradingPolicy().MinimumTurnout;
        if (values.Any(v => v is null) || turnout is null)
        {
            return null;
        }

        return walk.Try(path, () =>
        {
            var policy = new CardGradingPolicy
            {
                BlueWeight = values[0]!.Value, YellowWeight = values[1]!.Value, RedWeight = values[2]!.Value, RewardFrom = values[3]!.Value,
                UpgradeFrom = values[4]!.Value, KeepFrom = values[5]!.Value, DowngradeFrom = values[6]!.Value, SentOffRedShare = values[7]!.Value,
                MinimumTurnout = turnout.Value,
            };
            policy.Validate();
            return policy;
        });
    }

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

    /// <summary>The walk of the document: typed reads that record a problem (with line and column) instead of throwing.</summary>
    private sealed class Walk(Dictionary<string, (int Line, int Column)> positions)
    {
        public List<RuleSetProblem> Problems { get; } = [];

        public RuleSetProblem At(string path, string message)
        {
            var probe = path;
            while (!positions.ContainsKey(probe) && probe.Length > 1)
            {
                var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
                probe = cut > 0 ? probe[..cut] : "$";
            }

            var (line, column) = positions.GetValueOrDefault(probe, (1, 1));
            return new RuleSetProblem(path, line, column, message);
        }

        public void Problem(string path, string message) => Problems.Add(At(path, message));

        public T? Section<T>(JsonElement root, string name, Func<Walk, JsonElement, string, T?> read)
        {
            var path = $"$.{name}";
            return Child(root, "$", name, JsonValueKind.Object) is { } e ? read(this, e, path) : default;
        }

        public (T1?, T2?) Section<T1, T2>(JsonElement root, string name, Func<Walk, JsonElement, string, (T1?, T2?)> read) =>
            Child(root, "$", name, JsonValueKind.Object) is { } e ? read(this, e, $"$.{name}") : (default, default);

        public T? Try<T>(string path, Func<T> build)
        {
            try
            {
                return build();
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                Problem(path, StrictJson.SafeMessage(e.Message));
                return default;
            }
        }

        public void Try(string path, Action build) => Try<bool>(path, () =>
        {
            build();
            return true;
        });

        public bool Object(JsonElement e, string path, string[] required, string[] optional)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"expected an object, found {Describe(e)}");
                return false;
            }

            var ok = true;
            foreach (var property in e.EnumerateObject())
            {
                if (!required.Contains(property.Name, StringComparer.Ordinal) && !optional.Contains(property.Name, StringComparer.Ordinal))
                {
                    Problem($"{path}.{Segment(property.Name)}", $"unknown property \"{Redaction.Mask(property.Name)}\"; expected one of {string.Join(", ", required.Concat(optional))}");
                    ok = false;
                }
            }

            foreach (var name in required)
            {
                if (!e.TryGetProperty(name, out _))
                {
                    Problem(path, $"missing property \"{name}\"");
                    ok = false;
                }
            }

            return ok;
        }

        public JsonElement? Child(JsonElement parent, string path, string name, JsonValueKind kind)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            if (e.ValueKind != kind)
            {
                Problem($"{path}.{name}", $"expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {Describe(e)}");
                return null;
            }

            return e;
        }

        public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string path, string name, int max)
        {
            if (Child(parent, path, name, JsonValueKind.Array) is not { } a)
            {
                return [];
            }

            if (a.GetArrayLength() > max)
            {
                Problem($"{path}.{name}", $"expected at most {max} entries, found {a.GetArrayLength()}");
                return [];
            }

            return [.. a.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]"))];
        }

        public string? String(JsonElement parent, string path, string name, int max) =>
            parent.TryGetProperty(name, out var e) ? StringValue(e, $"{path}.{name}", max) : null;

        public string? StringValue(JsonElement e, string path, int max)
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                Problem(path, $"expected a string, found {Describe(e)}");
                return null;
            }

            var text = e.GetString()!;
            if (text.Length == 0 || text.Length > max || !Preconditions.IsCleanText(text, multiline: false) || string.IsNullOrWhiteSpace(text))
            {
                Problem(path, $"expected 1–{max} characters on one line, found \"{Redaction.Excerpt(text)}\"");
                return null;
            }

            return text;
        }

        public decimal? Decimal(JsonElement parent, string path, string name, decimal min, decimal max)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var value) || value < min || value > max)
            {
                Problem($"{path}.{name}", $"expected a number {min}–{max}, found {Describe(e)}");
                return null;
            }

            return value;
        }

        public int? Int(JsonElement parent, string path, string name, int min, int max)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var value) || value < min || value > max)
            {
                Problem($"{path}.{name}", $"expected a whole number {min}–{max}, found {Describe(e)}");
                return null;
            }

            return value;
        }

        public bool? Bool(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Problem($"{path}.{name}", $"expected true or false, found {Describe(e)}");
                return null;
            }

            return e.GetBoolean();
        }

        public T? Enum<T>(JsonElement parent, string path, string name, bool allowZero = false)
            where T : struct, System.Enum =>
            parent.TryGetProperty(name, out var e) ? EnumValue<T>(e, $"{path}.{name}", allowZero) : null;

        public T? EnumValue<T>(JsonElement e, string path, bool allowZero = false)
            where T : struct, System.Enum
        {
            if (e.ValueKind == JsonValueKind.String && StrictJson.TryParseEnum<T>(e.GetString(), out var value) && (allowZero || Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0))
            {
                return value;
            }

            var names = System.Enum.GetNames<T>().Where(n => allowZero || Convert.ToInt64(System.Enum.Parse<T>(n), System.Globalization.CultureInfo.InvariantCulture) != 0);
            Problem(path, $"expected one of {string.Join(", ", names)}, found {Describe(e)}");
            return null;
        }

        public (bool Found, T? Value) OptionalEnum<T>(JsonElement parent, string path, string name)
            where T : struct, System.Enum
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return (false, null);
            }

            if (e.ValueKind == JsonValueKind.Null)
            {
                return (true, null);
            }

            return EnumValue<T>(e, $"{path}.{name}") is { } value ? (true, value) : (false, null);
        }

        public ImmutableArray<T>? Names<T>(JsonElement parent, string path, string name)
            where T : struct, System.Enum
        {
            if (!parent.TryGetProperty(name, out _))
            {
                return null;
            }

            var values = Array(parent, path, name, 64).Select(p => EnumValue<T>(p.Element, p.Path)).ToList();
            return values.All(v => v is not null) && parent.GetProperty(name).ValueKind == JsonValueKind.Array ? [.. values.Select(v => v!.Value).Distinct()] : null;
        }

        public T? Flags<T>(JsonElement parent, string path, string name, T[] flags)
            where T : struct, System.Enum
        {
            if (!parent.TryGetProperty(name, out _))
            {
                return null;
            }

            long bits = 0;
            var ok = parent.GetProperty(name).ValueKind == JsonValueKind.Array;
            foreach (var (e, itemPath) in Array(parent, path, name, 16))
            {
                var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                var flag = flags.FirstOrDefault(f => f.ToString() == text);
                if (text is null || Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    Problem(itemPath, $"expected one of {string.Join(", ", flags)}, found {Describe(e)}");
                    ok = false;
                    continue;
                }

                bits |= Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            }

            return ok ? (T)System.Enum.ToObject(typeof(T), bits) : null;
        }

        public Duration? Duration(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            try
            {
                var value = e.ValueKind == JsonValueKind.String ? e.Deserialize<Duration>(Noda) : throw new JsonException();
                if (value > NodaTime.Duration.Zero && value <= WorkingCalendar.MaxAllowance)
                {
                    return value;
                }

                Problem($"{path}.{name}", $"expected a positive duration of at most 36,500 days (D:hh:mm:ss, e.g. \"2:00:00:00\"), found {Describe(e)}");
                return null;
            }
            catch (Exception x) when (x is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                Problem($"{path}.{name}", $"expected a duration such as \"0:02:00:00\" (D:hh:mm:ss), found {Describe(e)}");
                return null;
            }
        }

        public LocalDate? Date(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out var e))
            {
                return null;
            }

            try
            {
                var value = e.ValueKind == JsonValueKind.String ? e.Deserialize<LocalDate>(Noda) : throw new JsonException();
                if (value.Year is >= 1900 and <= 2149)
                {
                    return value;
                }
            }
            catch (Exception x) when (x is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
            }

            Problem($"{path}.{name}", $"expected a date yyyy-MM-dd in 1900–2149, found {Describe(e)}");
            return null;
        }

        private static string Describe(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => $"\"{Redaction.Excerpt(e.GetString())}\"",
            JsonValueKind.Number => $"the number {Redaction.Excerpt(e.GetRawText())}",
            JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => "nothing",
        };
    }
}
