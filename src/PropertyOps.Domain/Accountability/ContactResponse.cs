using System;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>What the first employee contacted did with a contact (C9), and when.</summary>
public sealed record ContactResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="action">Took it on, or redirected the visitor.</param>
    /// <param name="at">When (in the supported years).</param>
    /// <param name="namedResponsible">For a redirect, the person or department named (one line, at most 50 characters); null when no one was named.</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public ContactResponse(FirstContactAction action, Instant at, string? namedResponsible = null)
    {
        Action = Enum.IsDefined(action) ? action : throw new ArgumentOutOfRangeException(nameof(action), "Unknown first-contact action.");
        At = Preconditions.CheckInstant(at);
        NamedResponsible = action == FirstContactAction.Accepted || namedResponsible is null ? null : Preconditions.CheckText(namedResponsible, 50, nameof(namedResponsible));
    }

    /// <summary>Took it on, or redirected.</summary>
    public FirstContactAction Action { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>For a redirect, who was named; null when no one was.</summary>
    public string? NamedResponsible { get; }
}
