using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Serialization;

/// <summary>
/// JSON for complaint events, the durable record: each event is an envelope
/// <c>{"type": "complaint-received", "schema": 1, "data": {…}}</c> with a stable type discriminator and a schema version,
/// instants in ISO-8601 (NodaTime.Serialization.SystemTextJson), enums by name and value objects as strings.
/// </summary>
/// <remarks>
/// Reading is strict, and <see cref="JsonException"/> is the only exception it throws, whatever the input: an unknown
/// type, a newer schema, a missing required field, an unknown or repeated field, text that is not well-formed (invalid
/// UTF-8, an unpaired surrogate), an enum that is not exactly one declared name (no numbers, no comma lists), a
/// malformed value (phone, id), a wrong JSON type, or a value the event's own invariants refuse — the same ones its
/// command checks (instants in 1900–2149, text limits, 1–100,000 households, a deadline after its record, an appointment
/// not before receipt, an employee id that is a phone number). The message names the event's position and the field and
/// quotes at most a short, masked excerpt of the bad value. A stream the reader accepts replays with
/// <see cref="Complaint.Replay"/> or fails there only with its documented <see cref="InvalidOperationException"/>. The JSON holds the complainant's name and phone in clear (they are the record, C1, D13);
/// store it as confidential customer data (D14).
/// </remarks>
public static class ComplaintEventJson
{
    /// <summary>The schema version written by this library.</summary>
    public const int SchemaVersion = 1;

    // The stored name is derived from the type, as Marten derives its event-type mapping: ComplaintReceived is
    // "complaint-received". A new event is its record and its ComplaintEventKind: nothing to add here.
    private static readonly FrozenDictionary<string, Type> TypesByName = typeof(ComplaintEvent).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(ComplaintEvent)))
        .ToFrozenDictionary(t => KebabCase(t.Name), StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> NamesByType = TypesByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    private static readonly ConcurrentDictionary<Type, string[]> RequiredFields = new();

    /// <summary>The serializer options used for events (camelCase, strict about unknown fields); immutable.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Every event type's discriminator, e.g. <c>complaint-received</c>.</summary>
    public static ImmutableArray<string> TypeNames { get; } = [.. TypesByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The discriminator written for an event type.</summary>
    /// <param name="eventType">A concrete <see cref="ComplaintEvent"/> type.</param>
    /// <returns>The discriminator.</returns>
    /// <exception cref="ArgumentException">The type is not a known complaint event.</exception>
    public static string TypeNameOf(Type eventType)
    {
        Guard.Against.Null(eventType);
        return NamesByType.TryGetValue(eventType, out var name) ? name : throw new ArgumentException($"{eventType.Name} is not a complaint event.", nameof(eventType));
    }

    /// <summary>Serialises one event as an envelope.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ComplaintEvent @event)
    {
        Guard.Against.Null(@event);
        return ToEnvelope(@event).ToJsonString(Options);
    }

    /// <summary>Serialises an event stream as a JSON array of envelopes, in order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeStream(IEnumerable<ComplaintEvent> events)
    {
        Guard.Against.Null(events);
        var array = new System.Text.Json.Nodes.JsonArray();
        foreach (var @event in events)
        {
            array.Add(ToEnvelope(Guard.Against.Null(@event)));
        }

        return array.ToJsonString(Options);
    }

    /// <summary>Reads one event envelope.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="JsonException">The JSON is not a valid event; the message names the field.</exception>
    public static ComplaintEvent Deserialize(string json)
    {
        Guard.Against.Null(json);
        using var document = Parse(json);
        return FromEnvelope(document.RootElement, "The event");
    }

    /// <summary>Reads an event stream written by <see cref="SerializeStream"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="JsonException">The JSON is not a valid stream; the message names the event's position and the field.</exception>
    public static ImmutableArray<ComplaintEvent> DeserializeStream(string json)
    {
        Guard.Against.Null(json);
        using var document = NamingEvents(() => Parse(json));
        return ReadStream(document);
    }

    /// <summary>Reads an event stream written by <see cref="SerializeStream"/> from UTF-8 bytes (as stored in a file or database).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="JsonException">The bytes are not well-formed UTF-8 JSON or not a valid stream; the message names the event's position and the field.</exception>
    public static ImmutableArray<ComplaintEvent> DeserializeStream(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = NamingEvents(() => StrictJson.Parse(utf8Json));
        return ReadStream(document);
    }

    // A document-level refusal inside a stream (a repeated property, bad text) names the event's position like the rest.
    private static JsonDocument NamingEvents(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e) when (e.Path is { } path && path.StartsWith("$[", StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is > 2 and var close)
        {
            throw new JsonException($"Event #{path[2..close]}: {e.Message}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static ImmutableArray<ComplaintEvent> ReadStream(JsonDocument document)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("An event stream must be a JSON array of event envelopes.");
        }

        var events = ImmutableArray.CreateBuilder<ComplaintEvent>(document.RootElement.GetArrayLength());
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            events.Add(FromEnvelope(element, $"Event #{index++}"));
        }

        return events.MoveToImmutable();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            WriteIndented = false,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            // Chinese text stays readable in stored events; the output is data, never embedded in HTML.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        // An event's Kind follows from its type (and report level); the envelope's "type" already says it.
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (typeof(ComplaintEvent).IsAssignableFrom(info.Type))
                    {
                        for (var i = info.Properties.Count - 1; i >= 0; i--)
                        {
                            if (info.Properties[i].Name == "kind")
                            {
                                info.Properties.RemoveAt(i);
                            }
                        }
                    }
                },
            },
        };
        ValueObjectConverters.AddTo(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonDocument Parse(string json) => StrictJson.Parse(json);

    private static System.Text.Json.Nodes.JsonObject ToEnvelope(ComplaintEvent @event) => new()
    {
        ["type"] = TypeNameOf(@event.GetType()),
        ["schema"] = SchemaVersion,
        ["data"] = JsonSerializer.SerializeToNode(@event, @event.GetType(), Options),
    };

    private static ComplaintEvent FromEnvelope(JsonElement envelope, string where)
    {
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{where} must be an object with 'type', 'schema' and 'data'.");
        }

        foreach (var property in envelope.EnumerateObject())
        {
            if (property.Name is not ("type" or "schema" or "data"))
            {
                throw new JsonException($"{where} has an unknown field '{PropertyOps.Domain.Common.Redaction.Mask(property.Name)}' (an envelope has 'type', 'schema' and 'data').");
            }
        }

        if (!envelope.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new JsonException($"{where} has no 'type' field.");
        }

        var typeName = typeElement.GetString()!;
        if (!TypesByName.TryGetValue(typeName, out var type))
        {
            throw new JsonException($"{where} has an unknown 'type' '{PropertyOps.Domain.Common.Redaction.Excerpt(typeName)}'.");
        }

        if (!envelope.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Number
            || !schema.TryGetInt32(out var version) || version < 1 || version > SchemaVersion)
        {
            throw new JsonException($"{where} ({typeName}) has a missing or unsupported 'schema' (this library reads 1 to {SchemaVersion}).");
        }

        if (!envelope.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{where} ({typeName}) has no 'data' object.");
        }

        foreach (var field in RequiredFields.GetOrAdd(type, RequiredFieldsOf))
        {
            if (!data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                throw new JsonException($"{where} ({typeName}): the '{field}' field is missing.");
            }
        }

        try
        {
            return (ComplaintEvent)data.Deserialize(type, Options)!;
        }
        catch (JsonException e)
        {
            // The path may hold an unknown property's name, which may be anything the writer typed: masked like the message.
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" field '{SafePath(e.Path.TrimStart('$', '.'))}'";
            throw new JsonException($"{where} ({typeName}){field}: {StrictJson.SafeMessage(e.Message)}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
        {
            // The event's own invariants (the same ones its command checks) refused a value: the stream is not one
            // Decide could have produced.
            var field = e is ArgumentException { ParamName: { Length: > 0 } name } ? $" field '{JsonNamingPolicy.CamelCase.ConvertName(name)}'" : string.Empty;
            throw new JsonException($"{where} ({typeName}){field}: {StrictJson.SafeMessage(e.Message)}", e);
        }
    }

    // Every field name an event or its values may carry (camelCase): a path made of them is shown as it is; any other
    // segment is an unknown property, which may be anything the writer typed, and is masked (D14).
    private static readonly FrozenSet<string> KnownFields = typeof(ComplaintEvent).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == typeof(ComplaintEvent).Namespace)
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .ToFrozenSet(StringComparer.Ordinal);

    private static string SafePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => KnownFields.Contains(segment) ? segment : PropertyOps.Domain.Common.Redaction.Mask(segment)));

    private static string KebabCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string[] RequiredFieldsOf(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.GetParameters()
            .Where(p => Nullable.GetUnderlyingType(p.ParameterType) is null
                && (p.ParameterType.IsValueType || nullability.Create(p).WriteState != NullabilityState.Nullable))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!))
            .ToArray();
    }
}
