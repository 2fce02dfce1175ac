using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// The factor of every published rate, worked out once for a large estate: a published rate has at most
/// <see cref="FeeSchedule.PublishedRateDecimals"/> places, so with up to 4 there are at most 10,001 of them.
/// </summary>
internal sealed class FactorTable
{
    private readonly FeeSchedule _schedule;
    private readonly decimal[]? _factors;
    private readonly decimal _steps;
    private readonly int _decimals;

    public FactorTable(FeeSchedule schedule, int households)
    {
        _schedule = schedule;
        if (households >= FeeCalculator.ParallelThreshold && schedule.PublishedRateDecimals <= 4)
        {
            var steps = (int)DecimalParts.Pow10[schedule.PublishedRateDecimals];
            _steps = steps;
            _decimals = schedule.PublishedRateDecimals;
            _factors = new decimal[steps + 1];
            for (var i = 0; i <= steps; i++)
            {
                _factors[i] = FeeCalculator.FactorFor(schedule, new SatisfactionRate((decimal)i / steps));
            }
        }
    }

    public decimal For(SatisfactionRate rate) => _factors is { } table ? table[(int)(rate.Fraction * _steps)] : FeeCalculator.FactorFor(_schedule, rate);

    // The factor of a published rate given as mantissa ÷ 10^scale (as a rate book keeps it): with the table, in integers —
    // the rate's step is mantissa × 10^(decimals − scale), exactly, as a published rate has at most `decimals` places.
    public decimal For(long mantissa, int scale) => _factors is { } table && scale <= _decimals
        ? table[mantissa * DecimalParts.Pow10[_decimals - scale]]
        : For(new SatisfactionRate(DecimalParts.Join(mantissa, scale)));
}
