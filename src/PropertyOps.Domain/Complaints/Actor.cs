using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// Who did something to a complaint: an employee id (工号, no name, so events carry no personal data) and the role
/// they acted in.
/// </summary>
public readonly partial record struct Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">
    /// The employee id: 1–32 letters, digits, '-', '_' or '.', and not a phone number (D14). Every employee id is
    /// normalised the same way, so one person is one id however it was typed: surrounding spaces dropped, full-width
    /// characters read as their ASCII forms (ＥＭＰ００１ → EMP001) and letters upper-cased (e1001 → E1001).
    /// </param>
    /// <param name="role">The role.</param>
    /// <exception cref="ArgumentException">The id is malformed or the role unknown.</exception>
    public Actor(string id, ActorRole role)
    {
        Guard.Against.NullOrWhiteSpace(id);
        id = NormaliseId(id);
        if (!Pattern().IsMatch(id))
        {
            throw new ArgumentException("An actor id has 1–32 letters, digits, '-', '_' or '.'.", nameof(id));
        }

        if (PropertyOps.Domain.Common.PhoneNumber.TryParse(id, out _))
        {
            // An employee id field is not the place for an owner's phone number (D14): events are not confidential.
            throw new ArgumentException("An actor id is an employee id (工号), not a phone number.", nameof(id));
        }

        Id = id;
        Role = Guard.Against.Undefined(role);
    }

    /// <summary>The employee id.</summary>
    public string Id { get; }

    /// <summary>The role acted in.</summary>
    public ActorRole Role { get; }

    /// <summary>Whether this is the empty default value.</summary>
    public bool IsEmpty => Id is null;

    /// <summary>The id and role, e.g. <c>E1024 (FrontDesk)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Role})";

    /// <summary>The one normalisation of employee ids: trimmed, full-width forms folded to ASCII, upper-cased.</summary>
    internal static string NormaliseId(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Length > 64)
        {
            return trimmed; // refused by the pattern; not worth normalising
        }

        Span<char> buffer = stackalloc char[trimmed.Length];
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            c = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c; // full-width ASCII forms (ＡＢＣ１２３－＿．)
            buffer[i] = char.ToUpperInvariant(c);
        }

        return buffer.SequenceEqual(id.AsSpan()) ? id : new string(buffer);
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_.-]{1,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
