using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// 投票箱 — an estate's ballot box for one month (K2–K5): immutable; <see cref="Decide"/> accepts a card or refuses it
/// with the rule id, <see cref="Cast"/> returns the new box (or throws the refusal), and a refused card changes nothing.
/// </summary>
/// <remarks>
/// <para>A card is accepted when it is for this month (a month's cards are valid for that month only, K4: 不能跨月), from a
/// household of the estate, cast on or after the 1st (K3) and no later than the public count day — the last Saturday
/// inside the month (K5, <see cref="CountDay"/>) — and the household still holds that card: one of each colour for each
/// target a month (K2: two blue, two yellow, two red in all). An owner excused as abroad or on a business trip may make
/// up the ballot (补填, K4) — within the same month and before the count, like every other card: no window runs into the
/// next month, and a card cast after the count is refused. A card dated after the moment it is recorded is refused.
/// Dates are read in the estate's zone.</para>
/// </remarks>
public sealed class BallotBox
{
    private static readonly RuleId K2 = RuleId.Parse("K2");
    private static readonly RuleId K3 = RuleId.Parse("K3");
    private static readonly RuleId K4 = RuleId.Parse("K4");

    private readonly ImmutableDictionary<string, int> _positions;
    private readonly ImmutableDictionary<int, byte> _used; // household position → six bits: target × colour

    private BallotBox(string estate, YearMonth month, ImmutableArray<string> households, ImmutableDictionary<string, int> positions, DateTimeZone zone, ImmutableList<Ballot> ballots, ImmutableDictionary<int, byte> used)
    {
        Estate = estate;
        Month = month;
        Households = households;
        _positions = positions;
        Zone = zone;
        Ballots = ballots;
        _used = used;
    }

    /// <summary>The estate.</summary>
    public string Estate { get; }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The estate's households, in roster order (a card's <see cref="CastCard.Household"/> is a position here).</summary>
    public ImmutableArray<string> Households { get; }

    /// <summary>The estate's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The cards accepted, in the order cast.</summary>
    public ImmutableList<Ballot> Ballots { get; }

    /// <summary>The public count's date (K5).</summary>
    public LocalDate CountDate => CountDay.Of(Month);

    /// <summary>Opens an empty box.</summary>
    /// <param name="estate">The estate's name or code.</param>
    /// <param name="month">The month.</param>
    /// <param name="households">The estate's households (ids unique).</param>
    /// <param name="zone">The estate's time zone.</param>
    /// <returns>The box.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty, out of range, or a household is listed twice.</exception>
    public static BallotBox Open(string estate, YearMonth month, IEnumerable<string> households, DateTimeZone zone)
    {
        var name = Internal.Preconditions.CheckText(estate, 100);
        Guard.Against.Null(households);
        Guard.Against.Null(zone);
        CountDay.Of(month);
        var list = households.Select(h => Internal.Preconditions.CheckText(h, 50, nameof(households))).ToImmutableArray();
        if (list.IsEmpty || list.Length > 10_000_000)
        {
            throw new ArgumentException("A box serves 1 to 10,000,000 households.", nameof(households));
        }

        var positions = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (positions.ContainsKey(list[i]))
            {
                throw new ArgumentException($"The household {Redaction.Mask(list[i])} is listed twice.", nameof(households));
            }

            positions.Add(list[i], i);
        }

        return new BallotBox(name, month, list, positions.ToImmutable(), zone, [], ImmutableDictionary<int, byte>.Empty);
    }

    /// <summary>Decides whether a card is accepted, as of <paramref name="now"/>: the card itself, or the refusal with its rule id.</summary>
    /// <param name="ballot">The card.</param>
    /// <param name="now">The current instant (a card dated after it is refused).</param>
    /// <returns>The accepted card (apply it with <see cref="Cast"/>), or the refusal (K2, K3 or K4).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballot"/> is null.</exception>
    public Decision<Ballot> Decide(Ballot ballot, Instant now) =>
        Check(Guard.Against.Null(ballot), now, out _, out _) is { } refusal
            ? Decision<Ballot>.Refuse(refusal)
            : Decision<Ballot>.Accept(ballot);

    /// <summary>Casts a card, as of <paramref name="now"/>: the box with the card in it.</summary>
    /// <param name="ballot">The card.</param>
    /// <param name="now">The current instant (a card dated after it is refused).</param>
    /// <returns>The new box.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballot"/> is null.</exception>
    /// <exception cref="RuleViolationException">The card is refused (K2, K3 or K4; <see cref="Decide"/> says why without throwing); this box is unchanged.</exception>
    public BallotBox Cast(Ballot ballot, Instant now)
    {
        if (Check(Guard.Against.Null(ballot), now, out var position, out var used) is { } refusal)
        {
            throw new RuleViolationException(refusal);
        }

        return new BallotBox(Estate, Month, Households, _positions, Zone, Ballots.Add(ballot), _used.SetItem(position, (byte)(used | Bit(ballot))));
    }

    private static int Bit(Ballot ballot) => 1 << ((((int)ballot.Target - 1) * 3) + (int)ballot.Colour - 1);

    // The one place a card is judged: null when it is accepted (with the household's position and the cards it has used).
    private RuleViolation? Check(Ballot ballot, Instant now, out int position, out byte used)
    {
        used = 0;
        if (ballot.Month != Month)
        {
            position = -1;
            return new RuleViolation(K4, "A month's cards are valid for that month only.");
        }

        if (!_positions.TryGetValue(ballot.HouseholdId, out position))
        {
            return new RuleViolation(K2, "The household is not on this estate's roster.");
        }

        if (ballot.CastAt > now)
        {
            return new RuleViolation(K3, "A card is recorded once it has been cast, not in advance.");
        }

        var date = ballot.CastAt.InZone(Zone).Date;
        if (date < CountDay.IssueDate(Month))
        {
            return new RuleViolation(K3, "Cards are issued on the 1st of the month; this one is dated before.");
        }

        if (date > CountDate)
        {
            return new RuleViolation(K4, ballot.IsMakeUp
                ? "A make-up ballot (补填) is accepted within its month and before the public count; a month's cards are valid for that month only (不能跨月)."
                : "The public count is over; a month's cards are valid for that month only, and not voting is abstention.");
        }

        used = _used.TryGetValue(position, out var mask) ? mask : (byte)0;
        return (used & Bit(ballot)) != 0
            ? new RuleViolation(K2, $"The household has already cast its {ballot.Colour} card for the {ballot.Target} this month.")
            : null;
    }

    /// <summary>The box's cards reduced for counting.</summary>
    /// <returns>The cards, in the order cast.</returns>
    public CastCard[] ToCastCards() => [.. Ballots.Select(b => new CastCard(_positions[b.HouseholdId], b.Target, b.Colour))];

    /// <summary>Counts the box (K5).</summary>
    /// <returns>The tally.</returns>
    public CardTally Tally() => CardTally.Of(ToCastCards(), Households.Length);

    /// <summary>The comments cast for <paramref name="target"/>, by household then colour.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The comments.</returns>
    public ImmutableArray<(string HouseholdId, CardColour Colour, string Comment)> Comments(CardTarget target) =>
        [.. Ballots.Where(b => b.Target == target && b.Comment is not null)
            .OrderBy(b => b.HouseholdId, StringComparer.Ordinal).ThenBy(b => b.Colour)
            .Select(b => (b.HouseholdId, b.Colour, b.Comment!))];
}
