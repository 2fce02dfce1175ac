using System;
using System.Text;

namespace PropertyOps.Domain.Common;

/// <summary>
/// Keeps personal data and oversized input out of messages and logs (D14): every PropertyOps exception message that
/// quotes bad input quotes it through <see cref="Excerpt"/>.
/// </summary>
public static class Redaction
{
    /// <summary>The most characters of a bad input a message quotes.</summary>
    public const int MaxExcerptLength = 32;

    /// <summary>
    /// A short, safe excerpt of bad input for a message: at most <see cref="MaxExcerptLength"/> characters (then "…"),
    /// runs of five or more digits masked except their last two (a phone number typed into the wrong field never shows),
    /// control characters and unpaired surrogates shown as '?'.
    /// </summary>
    /// <param name="value">The bad input (may be null).</param>
    /// <returns>The excerpt.</returns>
    public static string Excerpt(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxExcerptLength) + 1);
        var i = 0;
        while (i < value.Length && builder.Length < MaxExcerptLength)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < value.Length && char.IsAsciiDigit(value[end]))
                {
                    end++;
                }

                var run = end - i;
                for (var k = 0; k < run && builder.Length < MaxExcerptLength; k++)
                {
                    builder.Append(run >= 5 && k < run - 2 ? '*' : value[i + k]);
                }

                i = end;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (builder.Length + 2 > MaxExcerptLength)
                {
                    break;
                }

                builder.Append(c).Append(value[i + 1]);
                i += 2;
                continue;
            }

            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? '?' : c);
            i++;
        }

        return i < value.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>
    /// A masked excerpt of a value that may be personal data — a household id, a name, an address, an unknown JSON
    /// property name — for a message: cut like <see cref="Excerpt"/> to <see cref="MaxExcerptLength"/> characters, then
    /// every letter and digit masked with '*' except, in a value of four or more characters, the first one and the last
    /// two at most (as a phone number shows 138****5678, a name 张*). Punctuation and spaces stay, so the shape of the value
    /// shows: <c>1-1-0102</c> → <c>1-*-**02</c>, <c>张三丰</c> → <c>***</c>.
    /// </summary>
    /// <param name="value">The value (may be null).</param>
    /// <returns>The masked excerpt.</returns>
    public static string Mask(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var excerpt = Excerpt(value);
        var text = excerpt.EndsWith('…') ? excerpt[..^1] : excerpt;
        var lead = text.Length < 4 ? 0 : 1;
        var tail = text.Length < 4 ? 0 : Math.Min(2, text.Length / 4);
        var builder = new StringBuilder(excerpt.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var shown = i < lead || i >= text.Length - tail || !(char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c == '*');
            builder.Append(shown ? c : '*');
        }

        return excerpt.EndsWith('…') ? builder.Append('…').ToString() : builder.ToString();
    }
}
