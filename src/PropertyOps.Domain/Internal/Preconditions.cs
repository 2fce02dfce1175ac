using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace PropertyOps.Domain.Internal;

/// <summary>
/// Domain-specific argument checks that Ardalis.GuardClauses does not cover. Every failure names the
/// parameter; messages never contain personal data and quote at most a short, masked excerpt of bad input
/// (<see cref="Excerpt"/>).
/// </summary>
internal static class Preconditions
{
    /// <summary>The earliest instant any record may carry: 1900-01-02T00:00Z, so its local date is in 1900 or later in every zone.</summary>
    public static readonly Instant EarliestInstant = Instant.FromUtc(1900, 1, 2, 0, 0);

    /// <summary>The latest instant any record may carry: 2149-12-30T00:00Z, so its local date is in 2149 or earlier in every zone.</summary>
    public static readonly Instant LatestInstant = Instant.FromUtc(2149, 12, 30, 0, 0);

    /// <summary>Throws <see cref="ArgumentException"/> for <paramref name="paramName"/> unless <paramref name="condition"/> holds.</summary>
    public static void CheckArgument(
        [System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition,
        string message,
        [CallerArgumentExpression(nameof(condition))] string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// Trims and validates a required piece of text: not null, not blank, at most <paramref name="maxLength"/>
    /// characters, well-formed UTF-16 (no lone surrogates) and free of control characters; line breaks and tabs are
    /// allowed only when <paramref name="multiline"/> is set.
    /// </summary>
    public static string CheckText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? paramName = null, bool multiline = false)
    {
        Guard.Against.NullOrWhiteSpace(value, paramName);
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"{paramName} is {trimmed.Length} characters long; at most {maxLength} are allowed.", paramName);
        }

        // A one-line field refuses a control character even at its ends, where trimming would otherwise hide it.
        var problem = FindBadCharacter(multiline ? trimmed : value, multiline);
        if (problem is not null)
        {
            throw new ArgumentException($"{paramName} {problem}.", paramName);
        }

        return trimmed;
    }

    /// <summary>Whether <paramref name="value"/> is well-formed UTF-16 without control characters (line breaks allowed when <paramref name="multiline"/>).</summary>
    public static bool IsCleanText(string value, bool multiline) => FindBadCharacter(value, multiline) is null;

    private static string? FindBadCharacter(string value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"has an unpaired surrogate at position {i}";
            }

            if (char.IsLowSurrogate(c))
            {
                return $"has an unpaired surrogate at position {i}";
            }

            if (c is '\n' or '\r' or '\t')
            {
                if (!multiline)
                {
                    return $"must be one line (a line break or tab at position {i})";
                }

                continue;
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return $"has a control character at position {i}";
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="instant"/> lies in the supported years (1900–2149).</summary>
    public static Instant CheckInstant(Instant instant, [CallerArgumentExpression(nameof(instant))] string? paramName = null)
    {
        if (instant < EarliestInstant || instant > LatestInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, "The instant must lie between 1900-01-02 and 2149-12-30 (UTC), the years PropertyOps supports.");
        }

        return instant;
    }

    /// <summary>Whether <paramref name="value"/> is a key (idempotency key, record number, duty id): 1–64 ASCII letters, digits, '-', '_', '.' or ':'.</summary>
    public static bool IsKey(string? value)
    {
        if (value is null || value.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Validates a code (a unit type, service item, fee item or retention record type): 1–40 lowercase ASCII letters,
    /// digits and '-', not starting with '-'.
    /// </summary>
    public static string CheckCode(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        var ok = value is { Length: > 0 and <= 40 } && value[0] != '-';
        for (var i = 0; ok && i < value!.Length; i++)
        {
            ok = char.IsAsciiLetterLower(value[i]) || char.IsAsciiDigit(value[i]) || value[i] == '-';
        }

        return ok ? value! : throw new ArgumentException($"{paramName} is a code of 1–40 lowercase letters, digits and '-' (not first); got {Excerpt(value)}.", paramName);
    }

    /// <summary>Whether <paramref name="instant"/> lies in the supported years.</summary>
    public static bool IsSupported(Instant instant) => instant >= EarliestInstant && instant <= LatestInstant;

    /// <summary>A short, safe excerpt of bad input for a message (<see cref="PropertyOps.Domain.Common.Redaction.Excerpt"/>).</summary>
    public static string Excerpt(string? value) => PropertyOps.Domain.Common.Redaction.Excerpt(value);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="day"/> is Monday to Sunday.</summary>
    public static IsoDayOfWeek CheckDayOfWeek(IsoDayOfWeek day, [CallerArgumentExpression(nameof(day))] string? paramName = null)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(paramName, day, "A day of the week must be Monday to Sunday.");
        }

        return day;
    }
}
