using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// Tracks the rectifications yellow cards demand (K1): every yellow card opens an item for its target, due by the end
/// of the public count day of the month after (by default; a company may allow more months), and the count flags a
/// household whose unrectified yellow is followed by a red card for the same target the next month.
/// </summary>
public static class Rectification
{
    /// <summary>The rectification items of the yellow cards in <paramref name="boxes"/>, as of <paramref name="asOf"/>.</summary>
    /// <param name="boxes">The estate's ballot boxes (any months, each month once).</param>
    /// <param name="rectified">When each item was recorded as rectified: (household, target, month of the yellow card) → instant.</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="monthsAllowed">
    /// The deadline: the count day of this many months after the yellow card's month (1–12). A company setting: the
    /// regulation says only 限期整改 ("rectify within a deadline") and gives no number; 1 — the next month's public count,
    /// the owners' next chance to judge the rectification — is the default chosen here.
    /// </param>
    /// <returns>The items, by month, household and target.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range, or two boxes are of the same month.</exception>
    /// <remarks>Rule K1.</remarks>
    public static ImmutableArray<RectificationItem> Track(
        IEnumerable<BallotBox> boxes,
        IReadOnlyDictionary<(string HouseholdId, CardTarget Target, YearMonth Month), Instant> rectified,
        Instant asOf,
        int monthsAllowed = 1)
    {
        Guard.Against.Null(boxes);
        Guard.Against.Null(rectified);
        Guard.Against.OutOfRange(monthsAllowed, nameof(monthsAllowed), 1, 12);
        var byMonth = new Dictionary<YearMonth, BallotBox>();
        foreach (var box in boxes)
        {
            Guard.Against.Null(box, nameof(boxes));
            if (!byMonth.TryAdd(box.Month, box))
            {
                throw new ArgumentException($"Two boxes are for {box.Month}.", nameof(boxes));
            }
        }

        var items = ImmutableArray.CreateBuilder<RectificationItem>();
        foreach (var box in byMonth.Values.OrderBy(b => b.Month))
        {
            var deadlineMonth = box.Month.PlusMonths(monthsAllowed);
            var deadline = box.Zone.AtStartOfDay(CountDay.Of(deadlineMonth).PlusDays(1)).ToInstant();
            var next = byMonth.TryGetValue(box.Month.PlusMonths(1), out var n) ? n : null;
            foreach (var yellow in box.Ballots.Where(b => b.Colour == CardColour.Yellow).OrderBy(b => b.HouseholdId, StringComparer.Ordinal).ThenBy(b => b.Target))
            {
                Instant? done = rectified.TryGetValue((yellow.HouseholdId, yellow.Target, box.Month), out var at) && at <= asOf ? at : null;
                var state = done is { } d ? (d <= deadline ? RectificationState.Rectified : RectificationState.Overdue)
                    : asOf <= deadline ? RectificationState.Open
                    : RectificationState.Overdue;
                var red = next?.Ballots.FirstOrDefault(b => b.HouseholdId == yellow.HouseholdId && b.Target == yellow.Target && b.Colour == CardColour.Red && b.CastAt <= asOf);
                var followedByRed = red is not null && (done is null || done > red.CastAt);
                items.Add(new RectificationItem(yellow.HouseholdId, yellow.Target, box.Month, yellow.Comment, deadline, done, state, followedByRed));
            }
        }

        return items.ToImmutable();
    }
}
