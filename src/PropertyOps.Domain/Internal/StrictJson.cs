using System;
using System.Collections.Generic;
using System.Text.Json;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Internal;

/// <summary>
/// The one strict JSON front door every PropertyOps reader uses: a document is parsed, then refused as a whole if any
/// object repeats a property name, or any string or property name is not well-formed text (invalid UTF-8, an escaped
/// unpaired surrogate). Every failure is a <see cref="JsonException"/> naming the JSON path; nothing else escapes.
/// PropertyOps.Rules uses this one (InternalsVisibleTo), so there is one implementation of the rule.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    // JsonDocument transcodes a string to UTF-8 and refuses unpaired surrogates with ArgumentException.
    public static JsonDocument Parse(string json) =>
        Parse(() => JsonDocument.Parse(json, DocumentOptions), "The text is not well-formed (it holds an unpaired surrogate).");

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json) =>
        Parse(() => JsonDocument.Parse(utf8Json, DocumentOptions), "The text is not well-formed UTF-8.");

    private static JsonDocument Parse(Func<JsonDocument> parse, string malformedText)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new JsonException("The text is not valid JSON: " + SafeMessage(e.Message), e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new JsonException(malformedText, e);
        }

        return Checked(document);
    }

    private static JsonDocument Checked(JsonDocument document)
    {
        try
        {
            Check(document.RootElement, "$");
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void Check(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name, path);
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(name))
                    {
                        throw new JsonException($"{path} repeats the property '{Redaction.Excerpt(name)}'; each property may appear once.", path, null, null);
                    }

                    Check(property.Value, path + "." + Redaction.Excerpt(name));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.String:
                var value = Text(element.GetString, path);
                if (!IsWellFormed(value))
                {
                    throw new JsonException($"{path} holds an unpaired surrogate.", path, null, null);
                }

                break;
            default:
                break;
        }
    }

    private static string Text(Func<string?> read, string path)
    {
        try
        {
            var text = read() ?? string.Empty;
            return IsWellFormed(text) ? text : throw new JsonException($"{path} holds an unpaired surrogate.", path, null, null);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{path} holds text that is not well-formed (an unpaired surrogate or invalid UTF-8).", path, null, null, e);
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A message from a library underneath made safe to pass on: such messages may quote the offending input at length
    /// (System.Text.Json quotes a bad literal, NodaTime adds "Value being parsed: '…'"). Quotes are cut to a short masked
    /// excerpt, phone-like digit runs masked, and the whole capped at 240 characters.
    /// </summary>
    public static string SafeMessage(string message)
    {
        var cut = message.IndexOf("Value being parsed", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut].TrimEnd();
        }

        var builder = new System.Text.StringBuilder(Math.Min(message.Length, 300));
        var i = 0;
        while (i < message.Length && builder.Length < 240)
        {
            var close = message[i] == '\'' ? message.IndexOf('\'', i + 1) : -1;
            if (close > i)
            {
                // A quoted value from the input (a property name, a token) may be personal data: masked. The library's own
                // type names are not input and stay readable.
                var quoted = message[(i + 1)..close];
                builder.Append('\'').Append(quoted.StartsWith("PropertyOps.", StringComparison.Ordinal) || quoted.StartsWith("System.", StringComparison.Ordinal) ? Redaction.Excerpt(quoted) : Redaction.Mask(quoted)).Append('\'');
                i = close + 1;
                continue;
            }

            var run = i;
            while (run < message.Length && char.IsAsciiDigit(message[run]))
            {
                run++;
            }

            if (run - i >= 7)
            {
                builder.Append('*', run - i - 2).Append(message, run - 2, 2);
                i = run;
                continue;
            }

            builder.Append(message[i]);
            i++;
        }

        return i < message.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>Reads an enum by its exact declared name: no numbers, no comma lists, no other case, no undefined value.</summary>
    public static bool TryParseEnum<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }

        return false;
    }
}
