using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Internal;

/// <summary>
/// Domain-specific argument checks that Ardalis.GuardClauses does not cover. Every failure names the
/// parameter; messages never contain personal data.
/// </summary>
internal static class Preconditions
{
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

    /// <summary>Trims and validates a required piece of text: not null, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public static string CheckText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Guard.Against.NullOrWhiteSpace(value, paramName);
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException(
                $"{paramName} is {trimmed.Length} characters long; at most {maxLength} are allowed.", paramName);
        }

        return trimmed;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="day"/> is Monday to Sunday.</summary>
    public static NodaTime.IsoDayOfWeek CheckDayOfWeek(NodaTime.IsoDayOfWeek day, [CallerArgumentExpression(nameof(day))] string? paramName = null)
    {
        if (day < NodaTime.IsoDayOfWeek.Monday || day > NodaTime.IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(paramName, day, "A day of the week must be Monday to Sunday.");
        }

        return day;
    }
}
