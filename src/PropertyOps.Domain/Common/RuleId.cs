using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Common;

/// <summary>
/// The id of a rule in the PropertyOps rule catalogue (docs/rules.md), e.g. <c>C6</c>, <c>F2</c>, <c>D10</c>; optionally
/// qualified by a part, e.g. <c>C3.dispatch</c>.
/// </summary>
public readonly partial record struct RuleId
{
    private RuleId(string value) => Value = value;

    /// <summary>The id as written in the catalogue.</summary>
    public string Value { get; }

    /// <summary>The catalogue id without any qualifying part: <c>C3</c> for <c>C3.dispatch</c>.</summary>
    public string CatalogueId => Value.Split('.')[0];

    /// <summary>Parses a rule id: a letter (C, F, K, D), a number, and optional <c>.part</c> suffixes.</summary>
    /// <param name="value">The text, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The rule id.</returns>
    /// <exception cref="ArgumentException">The text is not a rule id.</exception>
    public static RuleId Parse(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        if (!Pattern().IsMatch(value))
        {
            throw new ArgumentException($"'{Redaction.Excerpt(value)}' is not a rule id like C6 or C3.dispatch.", nameof(value));
        }

        return new RuleId(value);
    }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"\A[CFKD][0-9]{1,2}(\.[a-z][a-z0-9-]{0,31}){0,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
