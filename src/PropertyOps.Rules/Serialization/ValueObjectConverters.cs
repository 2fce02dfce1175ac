using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Serialization;

/// <summary>A converter for a value object written as one JSON string, validated on the way in.</summary>
/// <typeparam name="T">The value object.</typeparam>
internal sealed class StringValueConverter<T>(Func<string, T> parse, Func<T, string> format, string what) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {what} must be a JSON string.");
        }

        try
        {
            return parse(reader.GetString()!);
        }
        catch (ArgumentException e)
        {
            // The value object's message never repeats personal data.
            throw new JsonException($"Invalid {what}: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}

/// <summary>Writes an <see cref="Actor"/> as <c>{"id": "E1024", "role": "FrontDesk"}</c>.</summary>
internal sealed class ActorConverter : JsonConverter<Actor>
{
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("An actor must be an object with 'id' and 'role'.");
        }

        if (!element.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("The actor's 'id' field is missing or not a string.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not ("id" or "role"))
            {
                throw new JsonException($"An actor has only 'id' and 'role'; '{Redaction.Mask(property.Name)}' is not a field.");
            }
        }

        if (!element.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
            || !StrictJson.TryParseEnum<ActorRole>(role.GetString(), out var parsed))
        {
            throw new JsonException($"The actor's 'role' field must be one of {string.Join(", ", Enum.GetNames<ActorRole>())}.");
        }

        try
        {
            return new Actor(id.GetString()!, parsed);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid actor: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("role", value.Role.ToString());
        writer.WriteEndObject();
    }
}

/// <summary>The value-object converters PropertyOps registers.</summary>
internal static class ValueObjectConverters
{
    public static void AddTo(JsonSerializerOptions options)
    {
        options.Converters.Add(new StringValueConverter<ComplaintId>(ComplaintId.Parse, v => v.Value, "complaint id"));
        options.Converters.Add(new StringValueConverter<PersonName>(PersonName.Of, v => v.Value, "name"));
        options.Converters.Add(new StringValueConverter<UnitAddress>(UnitAddress.Of, v => v.Value, "unit address"));
        options.Converters.Add(new StringValueConverter<PhoneNumber>(PhoneNumber.Parse, v => v.Value, "phone number"));
        options.Converters.Add(new StringValueConverter<Department>(Department.Parse, v => v.ToString(), "department"));
        options.Converters.Add(new ActorConverter());
        options.Converters.Add(new StrictEnumConverterFactory());
    }
}
