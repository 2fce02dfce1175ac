using System;
using System.Globalization;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Common;

/// <summary>A person's name (an owner, resident or employee). Masked in <see cref="ToString"/> as <c>张*</c> (D14).</summary>
public sealed record PersonName
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 50;

    private PersonName(string value) => Value = value;

    /// <summary>The full name. Personal data: do not log it.</summary>
    public string Value { get; }

    /// <summary>The first character followed by one asterisk per remaining character: <c>张*</c>, <c>欧阳**</c> → <c>欧**</c>.</summary>
    public string Masked
    {
        get
        {
            var elements = StringInfo.GetTextElementEnumerator(Value);
            elements.MoveNext();
            var first = elements.GetTextElement();
            var rest = new StringInfo(Value).LengthInTextElements - 1;
            return first + new string('*', Math.Max(rest, 1));
        }
    }

    /// <summary>Creates a name: trimmed, not blank, at most <see cref="MaxLength"/> characters.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public static PersonName Of(string value) => new(Preconditions.CheckText(value, MaxLength));

    /// <summary>The masked name (D14).</summary>
    /// <returns>The masked name.</returns>
    public override string ToString() => Masked;
}
