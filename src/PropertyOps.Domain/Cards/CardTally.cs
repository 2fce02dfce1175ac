using System;
using System.Numerics;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// The count of a month's cards (K5): per target, the blue, yellow and red cards, the households that cast at least one
/// card for it and those that cast none (abstentions, K4), and the turnout. Tallies form a commutative monoid —
/// <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity — so parts of the box (any
/// split, even one household's cards in several parts) can be counted on several cores or machines and combined into
/// exactly the tally of the whole box.
/// </summary>
public sealed class CardTally : IEquatable<CardTally>
{
    private readonly long[] _counts; // [target − 1, colour − 1], row-major
    private readonly ulong[] _voters; // one bit per household per target: target 1 first, then target 2

    private CardTally(int households, long[] counts, ulong[] voters)
    {
        Households = households;
        _counts = counts;
        _voters = voters;
    }

    /// <summary>How many households the estate has.</summary>
    public int Households { get; }

    private int Words => (Households + 63) / 64;

    /// <summary>The empty tally of an estate of <paramref name="households"/> households.</summary>
    /// <param name="households">The household count, 1 to 10,000,000.</param>
    /// <returns>The empty tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="households"/> is out of range.</exception>
    public static CardTally Empty(int households)
    {
        Guard.Against.OutOfRange(households, nameof(households), 1, 10_000_000);
        return new CardTally(households, new long[6], new ulong[2 * ((households + 63) / 64)]);
    }

    /// <summary>Counts cards on one core.</summary>
    /// <param name="cards">The cards.</param>
    /// <param name="households">The estate's household count.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">A card's household, target or colour is out of range (the message gives its position).</exception>
    public static CardTally Of(ReadOnlySpan<CastCard> cards, int households)
    {
        var tally = Empty(households);
        tally.Add(cards, 0);
        return tally;
    }

    /// <summary>
    /// Counts cards on several cores: contiguous parts counted separately and merged — equal to <see cref="Of"/>.
    /// </summary>
    /// <param name="cards">The cards.</param>
    /// <param name="households">The estate's household count.</param>
    /// <param name="degreeOfParallelism">How many parts to count at once (1 to 256).</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">A card is out of range, or an argument is.</exception>
    public static CardTally OfParallel(CastCard[] cards, int households, int degreeOfParallelism)
    {
        Guard.Against.Null(cards);
        Guard.Against.OutOfRange(degreeOfParallelism, nameof(degreeOfParallelism), 1, 256);
        var parts = Math.Max(1, Math.Min(degreeOfParallelism, cards.Length / 65_536));
        if (parts == 1)
        {
            return Of(cards, households);
        }

        var tallies = new CardTally[parts];
        var size = (cards.Length + parts - 1) / parts;
        void Count(int p)
        {
            var from = p * size;
            var tally = Empty(households);
            tally.Add(cards.AsSpan(from, Math.Min(size, cards.Length - from)), from);
            tallies[p] = tally;
        }

        // The calling thread counts the first part itself while the others run on the thread pool.
        var others = new Task[parts - 1];
        for (var p = 1; p < parts; p++)
        {
            var part = p;
            others[p - 1] = Task.Run(() => Count(part));
        }

        Count(0);
        Task.WaitAll(others);

        var result = tallies[0];
        for (var p = 1; p < parts; p++)
        {
            result = result.Merge(tallies[p]);
        }

        return result;
    }

    /// <summary>The number of cards of <paramref name="colour"/> for <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="colour">The colour.</param>
    /// <returns>The count.</returns>
    public long Count(CardTarget target, CardColour colour) => _counts[Index(target, colour)];

    /// <summary>All cards for <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The count.</returns>
    public long Cards(CardTarget target) => Count(target, CardColour.Blue) + Count(target, CardColour.Yellow) + Count(target, CardColour.Red);

    /// <summary>The households that cast at least one card for <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The count.</returns>
    public int Voters(CardTarget target)
    {
        var words = Words;
        var offset = ((int)Guard.Against.Undefined(target) - 1) * words;
        var n = 0;
        for (var w = 0; w < words; w++)
        {
            n += BitOperations.PopCount(_voters[offset + w]);
        }

        return n;
    }

    /// <summary>The households that cast nothing for <paramref name="target"/> (abstention, K4).</summary>
    /// <param name="target">The target.</param>
    /// <returns>The count.</returns>
    public int Abstentions(CardTarget target) => Households - Voters(target);

    /// <summary>The share of households that cast at least one card for <paramref name="target"/>, 0–1.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The turnout.</returns>
    public decimal Turnout(CardTarget target) => (decimal)Voters(target) / Households;

    /// <summary>Combines two tallies of the same estate (parts of one month's box, or the same household's cards split).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The combined tally; neither input changes.</returns>
    /// <exception cref="ArgumentException">The tallies are of estates with different household counts.</exception>
    public CardTally Merge(CardTally other)
    {
        Guard.Against.Null(other);
        if (other.Households != Households)
        {
            throw new ArgumentException("Only tallies of the same estate (same household count) merge.", nameof(other));
        }

        var counts = new long[6];
        for (var i = 0; i < 6; i++)
        {
            counts[i] = _counts[i] + other._counts[i];
        }

        var voters = new ulong[_voters.Length];
        for (var w = 0; w < voters.Length; w++)
        {
            voters[w] = _voters[w] | other._voters[w];
        }

        return new CardTally(Households, counts, voters);
    }

    /// <inheritdoc />
    public bool Equals(CardTally? other) =>
        other is not null && Households == other.Households && _counts.AsSpan().SequenceEqual(other._counts) && _voters.AsSpan().SequenceEqual(other._voters);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CardTally);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Households, _counts[0], _counts[3], Voters(CardTarget.PropertyCompany));

    /// <summary>E.g. <c>property company: 120 blue, 8 yellow, 2 red, turnout 65%; owners' committee: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"property company: {Count(CardTarget.PropertyCompany, CardColour.Blue)} blue, {Count(CardTarget.PropertyCompany, CardColour.Yellow)} yellow, {Count(CardTarget.PropertyCompany, CardColour.Red)} red, {Voters(CardTarget.PropertyCompany)}/{Households} voted; "
        + $"owners' committee: {Count(CardTarget.OwnersCommittee, CardColour.Blue)} blue, {Count(CardTarget.OwnersCommittee, CardColour.Yellow)} yellow, {Count(CardTarget.OwnersCommittee, CardColour.Red)} red, {Voters(CardTarget.OwnersCommittee)}/{Households} voted";

    private static int Index(CardTarget target, CardColour colour) =>
        (((int)Guard.Against.Undefined(target) - 1) * 3) + (int)Guard.Against.Undefined(colour) - 1;

    // The hot loop: one bounds check per field, no allocation, no branch on the colour.
    private void Add(ReadOnlySpan<CastCard> cards, int firstPosition)
    {
        var households = (uint)Households;
        var words = Words;
        // The check above each update proves both indices in range, so the updates skip the array bounds checks.
        ref var counts = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_counts);
        ref var voters = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_voters);
        for (var i = 0; i < cards.Length; i++)
        {
            var card = cards[i];
            var target = (uint)card.Target - 1;
            var colour = (uint)card.Colour - 1;
            if ((uint)card.Household >= households || target > 1 || colour > 2)
            {
                throw new ArgumentException($"Card #{firstPosition + i} has a household, target or colour out of range.", nameof(cards));
            }

            System.Runtime.CompilerServices.Unsafe.Add(ref counts, (int)((target * 3) + colour))++;
            System.Runtime.CompilerServices.Unsafe.Add(ref voters, ((int)target * words) + (card.Household >> 6)) |= 1UL << card.Household;
        }
    }
}
