using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Common;

/// <summary>
/// A mainland-China phone number: a mobile (<c>1[3-9]</c> and nine digits) or a landline with its area code
/// (<c>0</c> + 2–3 digits, then 7–8 digits, an optional hyphen between). Masked in <see cref="ToString"/> (D14).
/// </summary>
public sealed partial record PhoneNumber
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

    /// <summary>Parses a mobile or landline number; spaces are ignored.</summary>
    /// <param name="text">The number.</param>
    /// <returns>The phone number.</returns>
    /// <exception cref="ArgumentException">The text is not a mainland mobile or landline number. The message does not repeat it.</exception>
    public static PhoneNumber Parse(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Mobile().IsMatch(compact))
        {
            return new PhoneNumber(compact, isMobile: true);
        }

        var landline = Landline().Match(compact);
        if (landline.Success)
        {
            return new PhoneNumber($"{landline.Groups[1].Value}-{landline.Groups[2].Value}", isMobile: false);
        }

        throw new ArgumentException(
            "The phone number is neither a mainland mobile (11 digits starting 13–19) nor a landline with its area code (0 + 2–3 digits, then 7–8 digits).",
            nameof(text));
    }

    /// <summary>The masked number (D14); use <see cref="Value"/> to dial.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Masked;

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^(0[1-9][0-9]{1,2})-?([1-9][0-9]{6,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
