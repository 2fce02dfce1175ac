using System;

namespace PropertyOps.Domain.Common;

/// <summary>
/// A mainland-China phone number: a mobile (<c>1[3-9]</c> and nine digits) or a landline with its area code
/// (<c>010</c> or <c>02x</c> and 8 digits; a four-digit code such as <c>0755</c> and 7–8 digits). Stored in one canonical
/// form, so equal numbers are equal however they were typed. Masked in <see cref="ToString"/> (D14).
/// </summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value, bool isMobile)
    {
        Value = value;
        IsMobile = isMobile;
    }

    /// <summary>The number in canonical form (digits; a landline keeps one hyphen after its area code). Personal data.</summary>
    public string Value { get; }

    /// <summary>Whether this is a mobile number.</summary>
    public bool IsMobile { get; }

    /// <summary>The number with its middle digits hidden: <c>138****5678</c>, <c>010-****5678</c>.</summary>
    public string Masked => IsMobile
        ? string.Concat(Value.AsSpan(0, 3), "****", Value.AsSpan(7))
        : string.Concat(Value.AsSpan(0, Value.IndexOf('-', StringComparison.Ordinal) + 1), "****", Value.AsSpan(Value.Length - 4));

    /// <summary>
    /// Parses a mobile or landline number however it was typed: spaces, hyphens and parentheses around the area code
    /// are ignored, and a mobile may carry the country code (<c>+86</c>, <c>0086</c> or <c>86</c>). Area codes follow the
    /// national plan: <c>010</c> and <c>020</c>–<c>029</c> have three digits, every other one four (<c>0755</c>), so
    /// <c>01012345678</c>, <c>010 1234 5678</c> and <c>(010)12345678</c> are all <c>010-12345678</c>.
    /// </summary>
    /// <param name="text">The number.</param>
    /// <returns>The phone number.</returns>
    /// <exception cref="ArgumentException">The text is not a mainland mobile or landline number. The message does not repeat it.</exception>
    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone)
            ? phone
            : throw new ArgumentException(
                "The phone number is neither a mainland mobile (11 digits starting 13–19) nor a landline with its area code (010 or 02x and 8 digits, or a four-digit code and 7–8 digits).",
                nameof(text));

    /// <summary>Parses a number as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The number (may be null).</param>
    /// <param name="phone">The phone number, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is a mainland mobile or landline number.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (text is null || text.Length > 40)
        {
            return false;
        }

        Span<char> digits = stackalloc char[40];
        var count = 0;
        var plus = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c == '+' && count == 0 && !plus)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (plus)
        {
            if (!number.StartsWith("86", StringComparison.Ordinal))
            {
                return false;
            }

            number = number[2..];
        }
        else if (number.Length == 15 && number.StartsWith("0086", StringComparison.Ordinal))
        {
            number = number[4..];
        }
        else if (number.Length == 13 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        if (number.Length == 11 && number[0] == '1' && number[1] is >= '3' and <= '9')
        {
            phone = new PhoneNumber(number.ToString(), isMobile: true);
            return true;
        }

        if (plus || number.Length < 2 || number[0] != '0' || number[1] == '0')
        {
            return false;
        }

        var areaLength = number[1] == '2' || number.StartsWith("010", StringComparison.Ordinal) ? 3 : 4;
        var local = number[Math.Min(areaLength, number.Length)..];
        if (local.Length is < 7 or > 8 || local[0] == '0' || (areaLength == 3 && local.Length != 8))
        {
            return false;
        }

        phone = new PhoneNumber(string.Concat(number[..areaLength], "-", local), isMobile: false);
        return true;
    }

    /// <summary>The masked number (D14); use <see cref="Value"/> to dial.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Masked;
}
