using BenchmarkDotNet.Attributes;
using PropertyOps.Domain.Cards;

namespace PropertyOps.Benchmarks;

/// <summary>
/// The public count (K5) of 10,000,000 cards: 200,000 households casting a few cards a month over several months, counted
/// on one core and on two (contiguous parts, merged).
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private const int Households = 200_000;
    private CastCard[] _cards = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cards = new CastCard[10_000_000];
        for (var i = 0; i < _cards.Length; i++)
        {
            var household = (int)((long)i * 7_919 % Households);
            _cards[i] = new CastCard(household, (CardTarget)((i % 2) + 1), (CardColour)((i % 7 % 3) + 1));
        }
    }

    [Benchmark(Baseline = true)]
    public long Tally_10M_one_core() => CardTally.Of(_cards, Households).Cards(CardTarget.PropertyCompany);

    [Benchmark]
    public long Tally_10M_two_cores() => CardTally.OfParallel(_cards, Households, 2).Cards(CardTarget.PropertyCompany);
}
