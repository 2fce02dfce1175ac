using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;
using PropertyOps.Rules.Tests.Complaints;

namespace PropertyOps.Rules.Tests.Hardening;

/// <summary>
/// Mutates valid JSON documents the way a corrupted store, a buggy client or an attacker would: byte flips, truncation,
/// deleted and duplicated properties, wrong types, huge numbers, lone surrogates, invalid UTF-8, lenient enum spellings
/// and deep nesting. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
internal static class JsonFuzzer
{
    public const int MutationKinds = 12;

    private static readonly string[] HostileValues =
    [
        "1e400", "-1", "0", "2147483648", "99999999999999999999999999999999", "-9.9e-400", "null", "true", "[]", "{}",
        "\"\"", "\" \"", "\"Staff, FrontDesk\"", "\"Phone, Visit\"", "\"Pests,Fire\"", "\"Unreasonable, Emergency\"", "\"1\"",
        "\"staff\"", "\"\\ud800\"", "\"a\\udc00\"", "\"13812345678\\n\"", "\"0001-01-01T00:00:00Z\"", "\"1600-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59Z\"", "\"2026-09-30T09:40:15Z\"", "\"custom:\\u0000\"",
    ];

    /// <summary>Valid streams to start from: the sample of every event type and histories played through the decider.</summary>
    public static ImmutableArray<string> Seeds { get; } = BuildSeeds();

    public static string Mutate(string json, int kind, Random random) => kind switch
    {
        0 => Encoding.UTF8.GetString(FlipBytes(Encoding.UTF8.GetBytes(json), random)),
        1 => json[..random.Next(json.Length)],
        2 => DeleteProperty(json, random),
        3 => DuplicateProperty(json, random),
        4 => ReplaceValue(json, random, HostileValues[random.Next(HostileValues.Length)]),
        5 => ReplaceValue(json, random, HostileValues[random.Next(5)]),
        6 => json.Insert(StringInterior(json, random), random.Next(2) == 0 ? "\\ud800" : "\uD800"),
        7 => Nest(json, random),
        8 => ReplaceValue(json, random, HostileValues[12 + random.Next(6)]),
        9 => ReplaceValue(json, random, "\"" + new string('x', random.Next(2) == 0 ? 3_000 : 100_000) + "\""),
        10 => Mutate(Mutate(json, random.Next(MutationKinds - 2), random), random.Next(MutationKinds - 2), random),
        _ => json.Insert(random.Next(json.Length), ((char)random.Next(0, 0x80)).ToString()),
    };

    /// <summary>Byte-level mutations for the UTF-8 reader: the string mutations plus invalid UTF-8 sequences.</summary>
    public static byte[] MutateBytes(string json, int kind, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(kind == 0 ? json : Mutate(json, kind, random));
        if (kind == 0 || random.Next(3) == 0)
        {
            bytes = FlipBytes(bytes, random);
        }

        if (random.Next(4) == 0)
        {
            var at = random.Next(bytes.Length + 1);
            byte[][] invalid = [[0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
            bytes = [.. bytes[..at], .. invalid[random.Next(invalid.Length)], .. bytes[at..]];
        }

        return bytes;
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = copy.Length == 0 ? 0 : random.Next(1, 4); n > 0; n--)
        {
            var i = random.Next(copy.Length);
            copy[i] = random.Next(2) == 0 ? (byte)(copy[i] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }

        return copy;
    }

    private static List<(int Start, int End)> Properties(string json)
    {
        // Positions of "name": pairs (outside string contents, approximately: good enough to aim mutations).
        var found = new List<(int, int)>();
        for (var i = json.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = json.IndexOf("\":", i + 2, StringComparison.Ordinal))
        {
            var open = json.LastIndexOf('"', i - 1);
            if (open >= 0)
            {
                found.Add((open, i + 2));
            }
        }

        return found;
    }

    private static string DeleteProperty(string json, Random random)
    {
        var properties = Properties(json);
        if (properties.Count == 0)
        {
            return json;
        }

        var (start, end) = properties[random.Next(properties.Count)];
        var valueEnd = ValueEnd(json, end);
        if (valueEnd < json.Length && json[valueEnd] == ',')
        {
            valueEnd++;
        }

        return json.Remove(start, valueEnd - start);
    }

    private static string DuplicateProperty(string json, Random random)
    {
        var properties = Properties(json);
        if (properties.Count == 0)
        {
            return json;
        }

        var (start, end) = properties[random.Next(properties.Count)];
        var name = json[start..end];
        var value = random.Next(2) == 0 ? "\"complaint-closed\"" : HostileValues[random.Next(HostileValues.Length)];
        return json.Insert(start, name + value + ",");
    }

    private static string ReplaceValue(string json, Random random, string value)
    {
        var properties = Properties(json);
        if (properties.Count == 0)
        {
            return json;
        }

        var (_, end) = properties[random.Next(properties.Count)];
        var valueEnd = ValueEnd(json, end);
        return string.Concat(json.AsSpan(0, end), value, json.AsSpan(valueEnd));
    }

    private static int ValueEnd(string json, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return json.Length;
    }

    private static int StringInterior(string json, Random random)
    {
        var quotes = Enumerable.Range(0, json.Length).Where(i => json[i] == '"').ToList();
        return quotes.Count == 0 ? random.Next(json.Length) : quotes[random.Next(quotes.Count)] + 1;
    }

    private static string Nest(string json, Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(1_000, 5_000);
        var nested = new string('[', depth) + "1" + new string(']', depth);
        return random.Next(2) == 0 ? ReplaceValue(json, random, nested) : "[" + nested + "," + json.TrimStart('[');
    }

    private static ImmutableArray<string> BuildSeeds()
    {
        var seeds = ImmutableArray.CreateBuilder<string>();
        seeds.Add(ComplaintEventJson.SerializeStream(SampleEvents.All()));
        var random = new Random(20261125);
        while (seeds.Count < 40)
        {
            var steps = Enumerable.Range(0, random.Next(3, 40))
                .Select(_ => new ComplaintStep(random.Next(100), random.Next(1_000), random.Next(1, 600), random.Next(20) == 0))
                .ToImmutableArray();
            var events = ComplaintScripts.Play(new ComplaintScript(steps));
            if (events.Count > 2)
            {
                seeds.Add(ComplaintEventJson.SerializeStream(events));
            }
        }

        return seeds.ToImmutable();
    }
}
