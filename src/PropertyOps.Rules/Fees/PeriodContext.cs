using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// The one billing pipeline (F1–F3): everything a bill shares across households — the parts, their books, the item tables — and every
/// household's part amounts in flat arrays (a statement is a view on its row), so billing a large estate allocates
/// little and leaves the collector little to do.
/// </summary>
internal sealed class PeriodContext
{
    private readonly RateBook?[] _books;
    private readonly Proration[] _wholeParts;
    private readonly Dictionary<UnitType, ImmutableArray<FeeItem>> _items = [];
    private readonly UnitType? _commonType;
    private readonly ImmutableArray<FeeItem> _commonItems;
    private readonly ImmutableArray<string>[] _flagTexts;
    private readonly List<Household> _homes;
    // Amounts in whole fen: every amount stored is rounded to the fen, and longs add without decimal arithmetic.
    private readonly long[] _base;
    private readonly long[] _payable;
    private readonly long[]? _prepaid;
    private readonly long[] _largest;

    // settleOpen: a quarter's book is kept even before its survey closes (the quarterly bill rates what has come in so far).
    public PeriodContext(BillingPeriod period, FeeSchedule schedule, List<Household> homes, DateTimeZone zone, Instant asOf, bool prepaid = false, bool settleOpen = false)
    {
        Period = period;
        Schedule = schedule;
        Quarters = period.Quarters;
        _homes = homes;
        _books = new RateBook?[Quarters.Length];
        _wholeParts = new Proration[Quarters.Length];
        var factors = new FactorTable(schedule, homes.Count);
        for (var q = 0; q < Quarters.Length; q++)
        {
            var quarter = Quarters[q];
            _wholeParts[q] = period.Within(quarter);
            var closes = quarter.End.Year == 2149 && quarter.Number == 4 ? Instant.MaxValue : zone.AtStartOfDay(quarter.End.PlusDays(1)).ToInstant();
            _books[q] = settleOpen || asOf >= closes ? new RateBook(quarter, schedule, zone, homes.Count, factors) : null;
        }

        UnitType? last = null;
        foreach (var home in homes)
        {
            foreach (var premises in home.Premises)
            {
                if (!ReferenceEquals(premises.Type, last) && !_items.ContainsKey(premises.Type))
                {
                    _items[premises.Type] = schedule.ItemsFor(premises.Type);
                }

                last = premises.Type;
            }
        }

        if (last is not null)
        {
            // Most estates bill one unit type (or most households share the first one met): it skips the dictionary.
            _commonType = last;
            _commonItems = _items[last];
        }

        _flagTexts = FeeCalculator.FlagTexts(schedule);
        ServiceItems = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToImmutableArray();
        Weights = ServiceItems.Select(i => schedule.Weights[i]).ToImmutableArray();
        Currency = schedule.UnitPrice.Currency;
        _base = new long[homes.Count * Quarters.Length];
        _payable = new long[homes.Count * Quarters.Length];
        _prepaid = prepaid ? new long[homes.Count * Quarters.Length] : null;
        _largest = new long[(homes.Count / FeeCalculator.Chunk) + 1];
    }

    public BillingPeriod Period { get; }

    public FeeSchedule Schedule { get; }

    public ImmutableArray<Quarter> Quarters { get; }

    public string Currency { get; }

    // The surveyed service items in code order and their weights (F3).
    public ImmutableArray<ServiceItem> ServiceItems { get; }

    public ImmutableArray<decimal> Weights { get; }

    // A bill above Money's range is refused as a whole (nothing half-billed).
    public void CheckLargest(string paramName)
    {
        if (_largest.Max() / 100m > Money.MaxAmount)
        {
            throw new ArgumentException($"A bill would exceed {Money.MaxAmount} {Currency}; check the areas, prices and period.", paramName);
        }
    }

    public RateBook? BookFor(Quarter quarter)
    {
        var first = Quarters[0];
        var q = ((quarter.Year - first.Year) * 4) + quarter.Number - first.Number;
        return q >= 0 && q < _books.Length ? _books[q] : null;
    }

    public void Close(List<Household> homes, FeeSchedule schedule)
    {
        foreach (var book in _books)
        {
            book?.Close(homes, schedule);
        }
    }

    public Household Home(int h) => _homes[h];

    public ImmutableArray<string> FlagText(int flags) => _flagTexts[flags];

    public ImmutableArray<FeeItem> ItemsOf(UnitType type) => ReferenceEquals(type, _commonType) ? _commonItems : _items[type];

    public RateBook? Book(int part) => _books[part];

    public IEnumerable<RateBook> Books => _books.OfType<RateBook>();

    public decimal BaseOf(int h, int part) => _base[(h * _books.Length) + part] / 100m;

    public decimal PayableOf(int h, int part) => _payable[(h * _books.Length) + part] / 100m;

    public decimal PrepaidOf(int h, int part) => _prepaid is null ? 0 : _prepaid[(h * _books.Length) + part] / 100m;

    public (SatisfactionRate? Rate, decimal Factor, FeeBasis Basis) Decide(int h, int part) =>
        _books[part] is { } book ? book.Decide(h, Schedule) : (null, 1m, FeeBasis.Pending);

    public Proration Days(int part, Household home)
    {
        if (home.HandedOverOn is null && home.SoldOn is null)
        {
            return _wholeParts[part];
        }

        var whole = _wholeParts[part];
        var first = home.HandedOverOn is { } from && from > whole.First ? from : whole.First;
        var last = home.SoldOn is { } until && until.PlusDays(-1) < whole.Last ? until.PlusDays(-1) : whole.Last;
        return Proration.Of(first, last);
    }

    // Works out household h's part amounts into its row.
    public void Fill(int h, decimal prepaid)
    {
        var home = _homes[h];
        var parts = _books.Length;
        var row = h * parts;
        long totalBase = 0;
        Proration previous = default;
        var items = home.Premises.Length == 1 ? ItemsOf(home.Premises[0].Type) : default;

        // Parts with the same days (e.g. every whole quarter of a year) have the same item bases: work them out once.
        Span<long> bases = items.IsDefault || items.Length > 16 ? default : stackalloc long[items.Length];
        var basesFor = -1;
        for (var q = 0; q < parts; q++)
        {
            var days = Days(q, home);
            long partBase = 0;
            long partPayable = 0;
            if (!days.IsEmpty)
            {
                var factor = _books[q] is { } book ? book.FactorOf(h, Schedule) : 1m;
                if (!bases.IsEmpty)
                {
                    var premises = home.Premises[0];
                    if (basesFor < 0 || !days.IsWholeMonths || !previous.IsWholeMonths || days.WholeMonths != previous.WholeMonths)
                    {
                        for (var i = 0; i < items.Length; i++)
                        {
                            bases[i] = BaseFen(premises, items[i], days, home.Vacant);
                        }

                        basesFor = q;
                    }

                    for (var i = 0; i < items.Length; i++)
                    {
                        partBase += bases[i];
                        partPayable += PayableFen(items[i], bases[i], factor);
                    }
                }
                else
                {
                    foreach (var premises in home.Premises)
                    {
                        foreach (var item in ItemsOf(premises.Type))
                        {
                            var itemBase = BaseFen(premises, item, days, home.Vacant);
                            partBase += itemBase;
                            partPayable += PayableFen(item, itemBase, factor);
                        }
                    }
                }
            }

            previous = days;
            _base[row + q] = partBase;
            _payable[row + q] = partPayable;
            totalBase += partBase;
        }

        SplitPrepaid(row, prepaid);
        var chunk = h / FeeCalculator.Chunk;
        if (totalBase > _largest[chunk])
        {
            _largest[chunk] = totalBase;
        }
    }

    // An amount already rounded to the fen, in fen.
    private static long Fen(decimal amount) =>
        DecimalParts.TrySplit(amount, 1L << 56, out var mantissa, out var scale) && mantissa >= 0 && scale <= 2
            ? mantissa * DecimalParts.Pow10[2 - scale]
            : (long)(amount * 100);

    // round(fen × factor) to the fen with the schedule's rounding, in integers when the numbers are small enough (the
    // usual case), otherwise in decimal; both are exact, so they agree.
    private long Times(long fen, decimal factor)
    {
        if (fen >= 0 && fen < int.MaxValue && DecimalParts.TrySplit(factor, int.MaxValue + 1L, out var mantissa, out var scale) && mantissa >= 0 && scale <= 9)
        {
            return RoundDiv(fen * mantissa, DecimalParts.Pow10[scale]);
        }

        return (long)(Math.Round(fen / 100m * factor, 2, Schedule.Rounding) * 100);
    }

    // An item's base over some days, in fen: for whole months of a small area and price (the usual case) in integers —
    // area × price × months is exact, then rounded to the fen as Math.Round would — otherwise in decimal.
    private long BaseFen(Premises premises, FeeItem item, Proration days, bool vacant)
    {
        if (days.IsWholeMonths && (!vacant || Schedule.Vacancy is null) && days.WholeMonths <= 1_200
            && Small(item.Price.Amount, out var mantissa, out var scale)
            && (item.Pricing != FeePricing.PerSquareMetre || Small(premises.Area, out var areaMantissa, out var areaScale) && Multiply(ref mantissa, ref scale, areaMantissa, areaScale)))
        {
            mantissa *= days.WholeMonths;
            if (scale <= 2)
            {
                return mantissa * DecimalParts.Pow10[2 - scale];
            }

            if (scale - 2 <= 9)
            {
                return RoundDiv(mantissa, DecimalParts.Pow10[scale - 2]);
            }
        }

        return Fen(Base(premises, item, days, vacant));

        static bool Multiply(ref long mantissa, ref int scale, long by, int byScale)
        {
            mantissa *= by;
            scale += byScale;
            return true;
        }
    }

    // A non-negative decimal as mantissa × 10^-scale with a mantissa below 2²⁴ and at most 9 places: small enough that
    // products of two of them, times a period's months, stay far inside a long.
    private static bool Small(decimal value, out long mantissa, out int scale) =>
        DecimalParts.TrySplit(value, 1 << 24, out mantissa, out scale) && mantissa >= 0 && scale <= 9;

    // value ÷ divisor (both non-negative) rounded to a whole number with the schedule's rounding: the one place an
    // integer amount is rounded, as Math.Round rounds a decimal.
    private long RoundDiv(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        var up = Schedule.Rounding switch
        {
            MidpointRounding.AwayFromZero => 2 * remainder >= divisor,
            MidpointRounding.ToEven => 2 * remainder > divisor || (2 * remainder == divisor && (quotient & 1) == 1),
            MidpointRounding.ToPositiveInfinity => remainder > 0,
            _ => false,
        };
        return up ? quotient + 1 : quotient;
    }


    public decimal TotalBase(int h) => Sum(_base, h);

    public decimal TotalPayable(int h) => Sum(_payable, h);

    public decimal TotalPrepaid(int h) => _prepaid is null ? 0 : Sum(_prepaid, h);

    public decimal RoundPayable(decimal amount) => Schedule.PayableUnit switch
    {
        PayableUnit.Jiao => Math.Round(amount, 1, Schedule.PayableRounding),
        PayableUnit.Yuan => Math.Round(amount, 0, Schedule.PayableRounding),
        _ => amount,
    };

    // One item of one premises over some days: (full base, base after vacancy, payable).
    public (decimal FullBase, decimal Base, decimal Payable) Charge(Premises premises, FeeItem item, Proration days, decimal factor, bool vacant)
    {
        var full = FullBase(premises, item, days);
        var @base = Vacancy(item, full, vacant);
        return (full, @base, PayableFen(item, Fen(@base), factor) / 100m);
    }

    private decimal FullBase(Premises premises, FeeItem item, Proration days)
    {
        var monthly = item.Pricing == FeePricing.PerSquareMetre ? premises.Area * item.Price.Amount : item.Price.Amount;
        return Math.Round(days.Apply(monthly), 2, Schedule.Rounding);
    }

    private decimal Vacancy(FeeItem item, decimal full, bool vacant) =>
        vacant && Schedule.Vacancy is { } vacancy && vacancy.AppliesTo(item) ? Math.Round(full * vacancy.Share, 2, Schedule.Rounding) : full;

    private decimal Base(Premises premises, FeeItem item, Proration days, bool vacant) => Vacancy(item, FullBase(premises, item, days), vacant);

    // The one place an item's payable is rounded: round(base × factor) for items priced by satisfaction, else the base.
    private long PayableFen(FeeItem item, long baseFen, decimal factor) =>
        item.BySatisfaction && factor != 1m ? Times(baseFen, factor) : baseFen;

    private decimal Sum(long[] values, int h)
    {
        long sum = 0;
        for (int i = h * _books.Length, end = i + _books.Length; i < end; i++)
        {
            sum += values[i];
        }

        return sum / 100m;
    }

    // The prepayment is applied to the parts in order, oldest first, each up to its full fee; what is left over stays
    // with the last part (RULES.md, F interpretation). A quarter is never shown a refund while a later one owes, and a
    // full prepayment gives each part exactly its own full fee.
    private void SplitPrepaid(int row, decimal paid)
    {
        var parts = _books.Length;
        if (paid == 0 || _prepaid is null)
        {
            return;
        }

        var remaining = Fen(paid);
        for (var q = 0; q < parts; q++)
        {
            var take = q == parts - 1 ? remaining : Math.Min(remaining, _base[row + q]);
            _prepaid[row + q] = take;
            remaining -= take;
        }
    }
}
