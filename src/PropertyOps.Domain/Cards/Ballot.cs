using System;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// One card cast by a household (K1–K4): for which month and target, its colour, an optional short comment, and when it
/// was cast — for a make-up ballot (补填, K4) the instant of the make-up, with the excused reason.
/// </summary>
public sealed record Ballot
{
    /// <summary>The longest comment a card carries.</summary>
    public const int MaxCommentLength = 200;

    /// <summary>Creates a ballot.</summary>
    /// <param name="householdId">The household (as <see cref="Fees.Household.Id"/>: one line, at most 50 characters).</param>
    /// <param name="month">The month the card belongs to (1900–2149).</param>
    /// <param name="target">Whom it judges.</param>
    /// <param name="colour">Its colour.</param>
    /// <param name="castAt">When it was cast (for a make-up, when it was made up).</param>
    /// <param name="comment">An optional short comment (at most <see cref="MaxCommentLength"/> characters).</param>
    /// <param name="excuse">For a make-up ballot, why the owner could not vote in time.</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public Ballot(string householdId, YearMonth month, CardTarget target, CardColour colour, Instant castAt, string? comment = null, AbsenceReason? excuse = null)
    {
        HouseholdId = Preconditions.CheckText(householdId, 50);
        Month = month.Year is >= 1900 and <= 2149 ? month : throw new ArgumentOutOfRangeException(nameof(month), "Card months lie in 1900–2149.");
        Target = Guard.Against.Undefined(target);
        Colour = Guard.Against.Undefined(colour);
        CastAt = Preconditions.CheckInstant(castAt);
        Comment = comment is null ? null : Preconditions.CheckText(comment, MaxCommentLength, multiline: true);
        Excuse = excuse is { } reason ? Guard.Against.Undefined(reason) : null;
    }

    /// <summary>The household.</summary>
    public string HouseholdId { get; }

    /// <summary>The month the card belongs to.</summary>
    public YearMonth Month { get; }

    /// <summary>Whom it judges.</summary>
    public CardTarget Target { get; }

    /// <summary>Its colour.</summary>
    public CardColour Colour { get; }

    /// <summary>When it was cast (for a make-up, when it was made up).</summary>
    public Instant CastAt { get; }

    /// <summary>The comment, if any.</summary>
    public string? Comment { get; }

    /// <summary>For a make-up ballot, the excused reason.</summary>
    public AbsenceReason? Excuse { get; }

    /// <summary>Whether this is a make-up ballot (补填).</summary>
    public bool IsMakeUp => Excuse is not null;
}
