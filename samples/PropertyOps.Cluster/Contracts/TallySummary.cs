using System.Linq;
using Orleans;
using PropertyOps.Domain.Cards;

namespace PropertyOps.Cluster.Contracts;

/// <summary>
/// A month's card count across estates (K5): cards per target and colour, households that voted per target, households
/// served. An estate's <see cref="CardTally"/> merges only with its own (same roster); across estates the counts add,
/// which this summary does — the group's tally is the sum of its estates'.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TallySummary([property: Id(0)] long[] Cards, [property: Id(1)] long[] Voters, [property: Id(2)] long Households)
{
    /// <summary>Nothing counted (the identity of <see cref="Merge"/>).</summary>
    public static TallySummary Empty { get; } = new(new long[6], new long[2], 0);

    /// <summary>An estate's tally as a summary.</summary>
    public static TallySummary Of(CardTally tally) => new(
        [.. from target in new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee }
            from colour in new[] { CardColour.Blue, CardColour.Yellow, CardColour.Red }
            select tally.Count(target, colour)],
        [tally.Voters(CardTarget.PropertyCompany), tally.Voters(CardTarget.OwnersCommittee)],
        tally.Households);

    /// <summary>Adds two summaries.</summary>
    public TallySummary Merge(TallySummary other) =>
        new([.. Cards.Zip(other.Cards, (a, b) => a + b)], [.. Voters.Zip(other.Voters, (a, b) => a + b)], Households + other.Households);

    /// <summary>Equal counts.</summary>
    public bool Same(TallySummary other) => Cards.SequenceEqual(other.Cards) && Voters.SequenceEqual(other.Voters) && Households == other.Households;
}
