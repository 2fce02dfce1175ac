using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// 评分表 — one household's scores of the agreed service items for one quarter (F1), on a declared scale, with when the
/// form was handed out and returned (F2).
/// </summary>
public sealed record SatisfactionSurvey
{
    /// <summary>Creates a survey.</summary>
    /// <param name="householdId">The household's id.</param>
    /// <param name="quarter">The quarter scored.</param>
    /// <param name="scale">The scale the scores are on.</param>
    /// <param name="scores">A score per service item.</param>
    /// <param name="handedOutAt">When the form was handed out.</param>
    /// <param name="returnedAt">When it was returned (not before it was handed out).</param>
    /// <exception cref="ArgumentException">No scores, a score off the scale, or returned before handed out; the message names the household and item.</exception>
    public SatisfactionSurvey(string householdId, Quarter quarter, ScoreScale scale, IReadOnlyDictionary<ServiceItem, decimal> scores, Instant handedOutAt, Instant returnedAt)
    {
        HouseholdId = Preconditions.CheckText(householdId, 50);
        Guard.Against.Null(scores);
        if (scale.Maximum <= scale.Minimum)
        {
            throw new ArgumentException($"Household {Common.Redaction.Mask(HouseholdId)}: the survey has no scale.", nameof(scale));
        }

        if (scores.Count == 0)
        {
            throw new ArgumentException($"Household {Common.Redaction.Mask(HouseholdId)}: the survey scores no item.", nameof(scores));
        }

        foreach (var (item, score) in scores)
        {
            Guard.Against.Null(item, nameof(scores));
            if (!scale.Contains(score))
            {
                throw new ArgumentOutOfRangeException(nameof(scores), $"Household {Common.Redaction.Mask(HouseholdId)}: the score {score.ToString(CultureInfo.InvariantCulture)} for {item} is outside the scale {scale}.");
            }
        }

        if (returnedAt < handedOutAt)
        {
            throw new ArgumentException($"Household {Common.Redaction.Mask(HouseholdId)}: the survey was returned before it was handed out.", nameof(returnedAt));
        }

        Quarter = quarter;
        Scale = scale;
        Items = [.. scores.Select(p => new ItemScore(p.Key, p.Value)).OrderBy(p => p.Item.Code, StringComparer.Ordinal)];
        HandedOutAt = handedOutAt;
        ReturnedAt = returnedAt;
    }

    /// <summary>The household's id.</summary>
    public string HouseholdId { get; }

    /// <summary>The quarter scored.</summary>
    public Quarter Quarter { get; }

    /// <summary>The scale.</summary>
    public ScoreScale Scale { get; }

    /// <summary>The scores, ordered by item code.</summary>
    public ImmutableArray<ItemScore> Items { get; }

    /// <summary>The score per item (a new read-only view on each call; <see cref="Items"/> is the fast path).</summary>
    public IReadOnlyDictionary<ServiceItem, decimal> Scores => Items.ToDictionary(p => p.Item, p => p.Score);

    /// <summary>When the form was handed out.</summary>
    public Instant HandedOutAt { get; }

    /// <summary>When it was returned.</summary>
    public Instant ReturnedAt { get; }
}
