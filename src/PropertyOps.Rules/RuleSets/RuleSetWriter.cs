using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace PropertyOps.Rules.RuleSets;

/// <summary>Writes the canonical form of a rule set: fixed property order, sorted keys, indented, Chinese text unescaped.</summary>
internal static partial class RuleSetWriter
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
}
