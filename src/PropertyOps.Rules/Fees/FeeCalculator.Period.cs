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
        var context = new PeriodContext(period, schedule, homes, zone, asOf);
        var prepaid = Prepaid(prepayments, index, homes.Count, schedule.UnitPrice.Currency);
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToImmutableArray();
        var weights = items.Select(i => schedule.Weights[i]).ToImmutableArray();
        foreach (var survey in surveys)
        {
            Guard.Against.Null(survey, nameof(surveys));
            CheckStarted(survey, zone, asOf);
            if (context.BookFor(survey.Quarter) is { } book)
            {
                book.Record(survey, Find(index, survey), items, weights, schedule);
            }
        }

        context.Close(homes, schedule);
        var statements = new PeriodStatement[homes.Count];
        for (var h = 0; h < homes.Count; h++)
        {
            statements[h] = context.Bill(h, homes[h], prepaid?[h]);
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
        return context.Bill(0, household, null).Base;
    }

    private static Money[]? Prepaid(IReadOnlyDictionary<string, Money>? prepayments, Dictionary<string, int> index, int count, string currency)
    {
        if (prepayments is null)
        {
            return null;
        }

        var prepaid = new Money[count];
        foreach (var (id, amount) in prepayments)
        {
            if (id is null || !index.TryGetValue(id, out var h))
            {
                throw new ArgumentException($"A prepayment names household {Domain.Common.Redaction.Excerpt(id)}, which is not among the households billed.", nameof(prepayments));
            }

            if (amount.Amount < 0 || !amount.IsWholeFen || amount.Currency != currency)
            {
                throw new ArgumentException($"Household {id}: a prepayment is a non-negative whole number of fen in {currency}.", nameof(prepayments));
            }

            prepaid[h] = amount;
        }

        return prepaid;
    }

    /// <summary>Everything a period bill shares across households: the parts, their books and the item tables.</summary>
    internal sealed class PeriodContext
    {
        private readonly RateBook?[] _books;
        private readonly Proration[] _wholeParts;
        private readonly Dictionary<UnitType, ImmutableArray<FeeItem>> _items = [];
        private readonly ImmutableArray<string>[] _flagTexts;

        public PeriodContext(BillingPeriod period, FeeSchedule schedule, List<Household> homes, DateTimeZone zone, Instant asOf)
        {
            Period = period;
            Schedule = schedule;
            Quarters = period.Quarters;
            _books = new RateBook?[Quarters.Length];
            _wholeParts = new Proration[Quarters.Length];
            for (var q = 0; q < Quarters.Length; q++)
            {
                var quarter = Quarters[q];
                _wholeParts[q] = period.Within(quarter);
                var closes = quarter.End.Year == 2149 && quarter.Number == 4 ? Instant.MaxValue : zone.AtStartOfDay(quarter.End.PlusDays(1)).ToInstant();
                _books[q] = asOf >= closes ? new RateBook(quarter, schedule, zone, homes.Count) : null;
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
        }

        public BillingPeriod Period { get; }

        public FeeSchedule Schedule { get; }

        public ImmutableArray<Quarter> Quarters { get; }

        public string Currency { get; }

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

        public ImmutableArray<string> FlagText(int flags) => _flagTexts[flags];

        public decimal ResponseRate(int part) => _books[part]?.ResponseRate ?? 0;

        public ImmutableArray<FeeItem> ItemsOf(UnitType type) => _items[type];

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

        public PeriodStatement Bill(int h, Household home, Money? prepaid)
        {
            var schedule = Schedule;
            var parts = new PeriodStatement.Part[Quarters.Length];
            decimal totalBase = 0;
            decimal totalPayable = 0;
            for (var q = 0; q < parts.Length; q++)
            {
                var days = Days(q, home);
                var book = _books[q];
                var (rate, factor, basis) = book is null ? (null, 1m, FeeBasis.Pending) : book.Decide(h, schedule);
                decimal partBase = 0;
                decimal partPayable = 0;
                if (!days.IsEmpty)
                {
                    foreach (var premises in home.Premises)
                    {
                        foreach (var item in _items[premises.Type])
                        {
                            var (_, itemBase, itemPayable) = Charge(premises, item, days, factor, home.Vacant);
                            partBase += itemBase;
                            partPayable += itemPayable;
                        }
                    }
                }

                parts[q] = new PeriodStatement.Part(
                    q, days, book is not null, rate, factor, basis, book?.Flags[h] ?? 0, book?.Rates[h] is not null, partBase, partPayable, 0);
                totalBase += partBase;
                totalPayable += partPayable;
            }

            var payable = RoundPayable(totalPayable);
            var paid = prepaid?.Amount ?? 0;
            SplitPrepaid(parts, paid, totalBase);
            return new PeriodStatement(this, home, parts, new Money(totalBase, Currency), new Money(totalPayable, Currency), new Money(payable, Currency), new Money(paid, Currency));
        }

        // One item of one premises over some days: (full base, base after vacancy, payable).
        public (decimal FullBase, decimal Base, decimal Payable) Charge(Premises premises, FeeItem item, Proration days, decimal factor, bool vacant)
        {
            var rounding = Schedule.Rounding;
            var monthly = item.Pricing == FeePricing.PerSquareMetre ? premises.Area * item.Price.Amount : item.Price.Amount;
            var full = Math.Round(days.Apply(monthly), 2, rounding);
            var @base = vacant && Schedule.Vacancy is { } vacancy && vacancy.AppliesTo(item) ? Math.Round(full * vacancy.Share, 2, rounding) : full;
            var payable = item.BySatisfaction && factor != 1m ? Math.Round(@base * factor, 2, rounding) : @base;
            return (full, @base, payable);
        }

        private decimal RoundPayable(decimal amount) => Schedule.PayableUnit switch
        {
            PayableUnit.Jiao => Math.Round(amount, 1, Schedule.PayableRounding),
            PayableUnit.Yuan => Math.Round(amount, 0, Schedule.PayableRounding),
            _ => amount,
        };

        // The prepayment is settled quarter by quarter: each part's share is its full fee when the whole fee was prepaid,
        // otherwise the prepayment split by the parts' full fees (largest remainder, exact to the fen).
        private void SplitPrepaid(PeriodStatement.Part[] parts, decimal paid, decimal totalBase)
        {
            if (paid == 0)
            {
                return;
            }

            if (paid == totalBase)
            {
                for (var q = 0; q < parts.Length; q++)
                {
                    parts[q] = parts[q] with { Prepaid = parts[q].Base };
                }

                return;
            }

            var shares = totalBase == 0
                ? new Money(paid, Currency).Allocate([.. parts.Select((_, i) => i == parts.Length - 1 ? 1m : 0m)])
                : new Money(paid, Currency).Allocate([.. parts.Select(p => p.Base)]);
            for (var q = 0; q < parts.Length; q++)
            {
                parts[q] = parts[q] with { Prepaid = shares[q].Amount };
            }
        }
    }
}
