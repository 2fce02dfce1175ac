using System;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>A visit made or a forum held for a periodic duty (C13).</summary>
public sealed record DutyHeld
{
    /// <summary>Creates the record.</summary>
    /// <param name="dutyId">The duty it fulfils.</param>
    /// <param name="at">When it took place (in the supported years).</param>
    /// <param name="actor">Who held it.</param>
    /// <param name="note">What was done, e.g. the households visited (one line… or several; at most 500 characters).</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public DutyHeld(string dutyId, Instant at, Actor actor, string note)
    {
        DutyId = LedgerInvariants.RecordId(dutyId, nameof(dutyId));
        At = Preconditions.CheckInstant(at);
        Actor = actor.IsEmpty ? throw new ArgumentException("A duty record needs who held it.", nameof(actor)) : actor;
        Note = Preconditions.CheckText(note, 500, multiline: true);
    }

    /// <summary>The duty it fulfils.</summary>
    public string DutyId { get; }

    /// <summary>When it took place.</summary>
    public Instant At { get; }

    /// <summary>Who held it.</summary>
    public Actor Actor { get; }

    /// <summary>What was done.</summary>
    public string Note { get; }
}
