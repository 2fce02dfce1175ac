using System;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// That an issue owners raised in a visit or forum was resolved (妥善解决, C13): the entry <see cref="DutyLog.Resolve"/>
/// records and <see cref="DutyLog.Decide(IssueResolved, Instant)"/> judges.
/// </summary>
public sealed record IssueResolved
{
    /// <summary>Creates the entry.</summary>
    /// <param name="issueId">The issue, as raised in a <see cref="DutyHeld"/> (1–64 letters, digits, '-', '_', '.' or ':').</param>
    /// <param name="at">When it was resolved.</param>
    /// <exception cref="ArgumentException">The issue id is null, blank or malformed.</exception>
    public IssueResolved(string issueId, Instant at)
    {
        IssueId = Preconditions.IsKey(issueId)
            ? issueId
            : throw new ArgumentException("An issue id is 1–64 letters, digits, '-', '_', '.' or ':'.", nameof(issueId));
        At = at;
    }

    /// <summary>The issue.</summary>
    public string IssueId { get; }

    /// <summary>When it was resolved.</summary>
    public Instant At { get; }
}
