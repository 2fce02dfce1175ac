using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Complaints;

/// <summary>The number of a complaint or repair order, e.g. <c>TS-20260930-0001</c>: 1–40 letters, digits, '-' or '_'.</summary>
public readonly partial record struct ComplaintId
{
    private ComplaintId(string value) => Value = value;

    /// <summary>The id.</summary>
    public string Value { get; }

    /// <summary>Whether this is the empty default value.</summary>
    public bool IsEmpty => Value is null;

    /// <summary>Parses an id.</summary>
    /// <param name="value">The id.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is blank, longer than 40 characters or has other characters.</exception>
    public static ComplaintId Parse(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        if (!Pattern().IsMatch(value))
        {
            throw new ArgumentException("A complaint id has 1–40 letters, digits, '-' or '_'.", nameof(value));
        }

        return new ComplaintId(value);
    }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
