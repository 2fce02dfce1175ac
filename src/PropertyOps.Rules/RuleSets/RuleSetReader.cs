using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Internal;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.RuleSets;

/// <summary>
/// Reads a rule set in two passes: a token pass that checks the syntax, refuses duplicate keys and records where every
/// value sits (line and column by JSON path), then a walk of the document that checks every part against the schema and
/// the domain's own invariants, collecting every problem before refusing. Nothing is built unless nothing is wrong.
/// </summary>
internal static partial class RuleSetReader
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
}
