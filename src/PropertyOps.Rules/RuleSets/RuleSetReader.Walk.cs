using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.RuleSets;

internal static partial class RuleSetReader
{
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
