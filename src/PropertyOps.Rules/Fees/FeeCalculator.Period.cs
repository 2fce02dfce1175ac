using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

public static partial class FeeCalculator
{
    /// <summary>
    /// Bills any period (a month, quarter, half-year, year or date range) with the schedule's fee items per unit type,
    /// vacancy, pro-rating and prepayment, settled quarter by quarter (F1–F3, 多退少补).
    /// </summary>
    /// <param name="households">The households to bill (each id once); each premises' unit type must be priced.</param>
    /// <param name="surveys">The returned surveys of any quarters; those of the quarters the period overlaps are used.</param>
    /// <param name="period">The period billed.</param>
    /// <param name="schedule">The fee schedule.</param>
    /// <param name="zone">The estate's time zone (survey windows, and when a quarter's survey closes).</param>
    /// <param name="asOf">When the bills are drawn up.</param>
    /// <param name="prepayments">What each household prepaid (预交) for the period, by household id; absent ids prepaid nothing.</param>
    /// <returns>One statement per household, in the order given.</returns>
    /// <exception cref="ArgumentException">The schedule is invalid or prices no item for a unit type billed; a household id repeats; a
    /// survey names an unknown household or other items; a prepayment names an unknown household, is negative, not whole fen
    /// or in another currency. The message names the field.</exception>
    /// <exception cref="RuleViolationException">A household returned two surveys for a quarter (F1), or a survey is for a quarter
    /// that has not started by <paramref name="asOf"/> (F2).</exception>
    /// <remarks>
    /// <para>Each quarter the period overlaps is one part of the statement, billed by that quarter's rate (a monthly bill
    /// uses the rate of its quarter) once the quarter's survey has closed: when the quarter has ended in
    /// <paramref name="zone"/> by <paramref name="asOf"/>. Before that the part is pending: billed at the full fee and
    /// settled later.</para>
    /// <para>Per item: base = round(quantity × price × months), where quantity is the area for a per-m² price and 1 for a per-unit
    /// price and a partial month counts its days ÷ the days of the month (the fee runs from the handover day up to the day
    /// before a sale); a vacant unit pays the vacancy share of the items the policy names; payable = round(base × factor)
    /// for items priced by satisfaction, else the base; all to the fen with <see cref="FeeSchedule.Rounding"/>. The
    /// statement's payable is the parts' sum rounded to <see cref="FeeSchedule.PayableUnit"/>; the settlement is prepaid −
    /// payable (a refund when positive, a balance due when negative).</para>
    /// </remarks>
    public static ImmutableArray<PeriodStatement> BillPeriod(
        IEnumerable<Household> households,
        IEnumerable<SatisfactionSurvey> surveys,
        BillingPeriod period,
        FeeSchedule schedule,
        DateTimeZone zone,
        Instant asOf,
        IReadOnlyDictionary<string, Money>? prepayments = null)
    {
        Guard.Against.Null(households);
        Guard.Against.Null(surveys);
        Guard.Against.Null(schedule);
        Guard.Against.Null(zone);
        schedule.Validate();
        var (homes, index) = Index(households);
        var context = new PeriodContext(period, schedule, homes, zone, asOf, prepayments is not null);
        var prepaid = Prepaid(prepayments, index, homes.Count, schedule.UnitPrice.Currency);
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToImmutableArray();
        var weights = items.Select(i => schedule.Weights[i]).ToImmutableArray();
        RecordAll(surveys, index, context.BookFor, context.Books, items, weights, schedule, zone, asOf);
        context.Close(homes, schedule);
        var statements = new PeriodStatement[homes.Count];
        ForEachHousehold(homes.Count, h => statements[h] = context.Bill(h, prepaid is null ? 0 : prepaid[h]));
        if (context.LargestBase > Money.MaxAmount)
        {
            throw new ArgumentException($"A bill would exceed {Money.MaxAmount} {schedule.UnitPrice.Currency}; check the areas, prices and period.", nameof(households));
        }

        return ImmutableArray.Create(statements);
    }

    /// <summary>
    /// The full fee of a period for one household (what it prepays, 预交): every item's base fee, with pro-rating and
    /// vacancy, before satisfaction.
    /// </summary>
    /// <param name="household">The household.</param>
    /// <param name="period">The period.</param>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The fee, to the fen.</returns>
    /// <exception cref="ArgumentException">The schedule is invalid or prices no item for one of the household's unit types.</exception>
    public static Money FullFee(Household household, BillingPeriod period, FeeSchedule schedule)
    {
        Guard.Against.Null(household);
        Guard.Against.Null(schedule);
        schedule.Validate();
        var context = new PeriodContext(period, schedule, [household], DateTimeZone.Utc, Instant.MinValue);
        var statement = context.Bill(0, 0);
        return context.LargestBase > Money.MaxAmount
            ? throw new ArgumentException($"The fee would exceed {Money.MaxAmount} {schedule.UnitPrice.Currency}; check the areas, prices and period.", nameof(household))
            : statement.Base;
    }

    private static decimal[]? Prepaid(IReadOnlyDictionary<string, Money>? prepayments, Dictionary<string, int> index, int count, string currency)
    {
        if (prepayments is null)
        {
            return null;
        }

        var prepaid = new decimal[count];
        foreach (var (id, amount) in prepayments)
        {
            if (id is null || !index.TryGetValue(id, out var h))
            {
                throw new ArgumentException($"A prepayment names household {Domain.Common.Redaction.Mask(id)}, which is not among the households billed.", nameof(prepayments));
            }

            if (amount.Amount < 0 || !amount.IsWholeFen || amount.Currency != currency)
            {
                throw new ArgumentException($"Household {Domain.Common.Redaction.Mask(id)}: a prepayment is a non-negative whole number of fen in {currency}.", nameof(prepayments));
            }

            prepaid[h] = amount.Amount;
        }

        return prepaid;
    }

    /// <summary>
    /// Everything a period bill shares across households — the parts, their books, the item tables — and every
    /// household's part amounts in flat arrays (a statement is a view on its row), so billing a large estate allocates
    /// little and leaves the collector little to do.
    /// </summary>
    internal sealed class PeriodContext
    {
        private readonly RateBook?[] _books;
        private readonly Proration[] _wholeParts;
        private readonly Dictionary<UnitType, ImmutableArray<FeeItem>> _items = [];
        private readonly ImmutableArray<string>[] _flagTexts;
        private readonly List<Household> _homes;
        // Amounts in whole fen: every amount stored is rounded to the fen, and longs add without decimal arithmetic.
        private readonly long[] _base;
        private readonly long[] _payable;
        private readonly long[]? _prepaid;
        private readonly long[] _largest;

        public PeriodContext(BillingPeriod period, FeeSchedule schedule, List<Household> homes, DateTimeZone zone, Instant asOf, bool prepaid = false)
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
                _books[q] = asOf >= closes ? new RateBook(quarter, schedule, zone, homes.Count, factors) : null;
            }

            foreach (var home in homes)
            {
                foreach (var premises in home.Premises)
                {
                    if (!_items.ContainsKey(premises.Type))
                    {
                        _items[premises.Type] = schedule.ItemsFor(premises.Type);
                    }
                }
            }

            _flagTexts = FlagTexts(schedule);
            Currency = schedule.UnitPrice.Currency;
            _base = new long[homes.Count * Quarters.Length];
            _payable = new long[homes.Count * Quarters.Length];
            _prepaid = prepaid ? new long[homes.Count * Quarters.Length] : null;
            _largest = new long[(homes.Count / Chunk) + 1];
        }

        public BillingPeriod Period { get; }

        public FeeSchedule Schedule { get; }

        public ImmutableArray<Quarter> Quarters { get; }

        public string Currency { get; }

        public decimal LargestBase => _largest.Max() / 100m;

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

        public ImmutableArray<FeeItem> ItemsOf(UnitType type) => _items[type];

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

        public PeriodStatement Bill(int h, decimal prepaid)
        {
            var home = _homes[h];
            var parts = _books.Length;
            var row = h * parts;
            long totalBase = 0;
            Proration previous = default;
            var items = home.Premises.Length == 1 ? _items[home.Premises[0].Type] : default;

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
                                bases[i] = Fen(Base(premises, items[i], days, home.Vacant));
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
                            foreach (var item in _items[premises.Type])
                            {
                                var itemBase = Fen(Base(premises, item, days, home.Vacant));
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
            var chunk = h / Chunk;
            if (totalBase > _largest[chunk])
            {
                _largest[chunk] = totalBase;
            }

            return new PeriodStatement(this, h);
        }

        // An amount already rounded to the fen, in fen.
        private static long Fen(decimal amount)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(amount, bits);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] == 0 && bits[1] >= 0 && bits[1] < 0x0100_0000 && scale <= 2 && bits[3] >= 0)
            {
                var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
                return scale == 2 ? mantissa : scale == 1 ? mantissa * 10 : mantissa * 100;
            }

            return (long)(amount * 100);
        }

        // round(fen × factor) to the fen with the schedule's rounding, in integers when the numbers are small enough (the
        // usual case), otherwise in decimal; both are exact, so they agree.
        private long Times(long fen, decimal factor)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(factor, bits);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] == 0 && bits[1] == 0 && bits[0] >= 0 && scale <= 9 && fen >= 0 && fen < int.MaxValue && bits[3] >= 0)
            {
                var divisor = Pow10[scale];
                var product = fen * bits[0];
                var quotient = Math.DivRem(product, divisor, out var remainder);
                var up = Schedule.Rounding switch
                {
                    MidpointRounding.AwayFromZero => 2 * remainder >= divisor,
                    MidpointRounding.ToEven => 2 * remainder > divisor || (2 * remainder == divisor && (quotient & 1) == 1),
                    MidpointRounding.ToPositiveInfinity => remainder > 0,
                    _ => false,
                };
                return up ? quotient + 1 : quotient;
            }

            return (long)(Math.Round(fen / 100m * factor, 2, Schedule.Rounding) * 100);
        }

        private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

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
}
