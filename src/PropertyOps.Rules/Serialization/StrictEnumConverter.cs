using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Serialization;

/// <summary>
/// Reads and writes every enum by its exact declared name (<c>"FrontDesk"</c>): a number, a comma list
/// (<c>"Staff, FrontDesk"</c>), another case or an undefined value is a <see cref="JsonException"/>, unlike
/// <see cref="JsonStringEnumConverter"/>, which lets them through.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>The converter for one enum type (see <see cref="StrictEnumConverterFactory"/>).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return StrictJson.TryParseEnum<T>(text, out var value)
            ? value
            : throw new JsonException($"'{Redaction.Excerpt(text ?? reader.TokenType.ToString())}' is not a {typeof(T).Name}; expected exactly one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{typeof(T).Name} has no value {value}.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
