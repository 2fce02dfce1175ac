using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// Who did something to a complaint: an employee id (工号, no name, so events carry no personal data) and the role
/// they acted in.
/// </summary>
public readonly partial record struct Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The employee id: 1–32 letters, digits, '-', '_' or '.', and not a phone number (D14).</param>
    /// <param name="role">The role.</param>
    /// <exception cref="ArgumentException">The id is malformed or the role unknown.</exception>
    public Actor(string id, ActorRole role)
    {
        Guard.Against.NullOrWhiteSpace(id);
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
        Role = Guard.Against.EnumOutOfRange(role);
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

    [GeneratedRegex(@"\A[A-Za-z0-9_.-]{1,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
