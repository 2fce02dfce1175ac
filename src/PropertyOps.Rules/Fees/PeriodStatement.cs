using System.Collections.Immutable;
using System.Linq;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// One household's bill for a period (F1–F3): a part per survey quarter with its rate and factor, the items charged, the
/// payable (rounded as the schedule says, 抹零), what was prepaid and the settlement (多退少补).
/// </summary>
/// <remarks>Explanations and item charges are computed when read, so billing a whole estate formats nothing it does not show.</remarks>
public sealed class PeriodStatement
{
    private readonly FeeCalculator.PeriodContext _context;
    private readonly int _row;

    internal PeriodStatement(FeeCalculator.PeriodContext context, int row)
    {
        _context = context;
        _row = row;
    }

    /// <summary>The household billed.</summary>
    public Household Household => _context.Home(_row);

    /// <summary>The household's id.</summary>
    public string HouseholdId => Household.Id;

    /// <summary>The period billed.</summary>
    public BillingPeriod Period => _context.Period;

    /// <summary>The full fee: every item's base (pro-rated, after vacancy), to the fen.</summary>
    public Money Base => Money(_context.TotalBase(_row));

    /// <summary>The sum of the parts' payables, to the fen, before the statement's rounding.</summary>
    public Money PayableBeforeRounding => Money(_context.TotalPayable(_row));

    /// <summary>The fee payable, rounded to the schedule's <see cref="FeeSchedule.PayableUnit"/>.</summary>
    public Money Payable => Money(_context.RoundPayable(_context.TotalPayable(_row)));

    /// <summary>What rounding to the payable unit took off or added (抹零): <see cref="Payable"/> − <see cref="PayableBeforeRounding"/>.</summary>
    public Money RoundingAdjustment => Payable - PayableBeforeRounding;

    /// <summary>What the household prepaid for the period.</summary>
    public Money Prepaid => Money(_context.TotalPrepaid(_row));

    /// <summary>Prepaid − payable: a refund (退) when positive, a balance due (补) when negative; settlement + payable = prepaid.</summary>
    public Money Settlement => Prepaid - Payable;

    /// <summary>Whether every quarter's survey has closed (no part is still billed provisionally in full).</summary>
    public bool IsFinal => Enumerable.Range(0, _context.Quarters.Length).All(q => _context.Book(q) is not null);

    /// <summary>The parts, one per survey quarter the period overlaps, earliest first.</summary>
    public ImmutableArray<QuarterSettlement> Parts => [.. Enumerable.Range(0, _context.Quarters.Length).Select(q => new QuarterSettlement(this, q))];

    /// <summary>Notes that need a clerk's attention (F2 flags of the surveys counted), with their quarter.</summary>
    public ImmutableArray<string> Flags => [.. Parts.SelectMany(p => p.Flags.Select(f => $"{p.Quarter}: {f}"))];

    /// <summary>The explanation, line by line in Chinese and English; the amounts add up to <see cref="Payable"/>.</summary>
    public ImmutableArray<StatementLine> Lines => PeriodText.Lines(this);

    internal FeeCalculator.PeriodContext Context => _context;

    internal int Row => _row;

    /// <summary>Whether another statement bills the same numbers (explanations aside).</summary>
    /// <param name="other">The other statement.</param>
    /// <returns><see langword="true"/> when household, period, every part's rate, factor and amounts, and the totals agree.</returns>
    public bool SameBill(PeriodStatement other) =>
        other is not null && HouseholdId == other.HouseholdId && Period == other.Period && Base == other.Base && Payable == other.Payable
        && Prepaid == other.Prepaid && Parts.Select(Key).SequenceEqual(other.Parts.Select(Key));

    /// <summary>E.g. <c>3-2-1201 2026-01-01..2026-12-31: 3010.56 CNY → 2784.77 CNY, prepaid 3010.56 CNY, refund 225.79 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{HouseholdId} {Period}: {Base} → {Payable}" + (Prepaid.Amount == 0 ? string.Empty
            : Settlement.Amount >= 0 ? $", prepaid {Prepaid}, refund {Settlement}" : $", prepaid {Prepaid}, balance due {-Settlement}");

    private static (Quarter, Proration, bool, SatisfactionRate?, decimal, Money, Money, Money) Key(QuarterSettlement p) =>
        (p.Quarter, p.Days, p.Settled, p.Rate, p.Factor, p.Base, p.Payable, p.Prepaid);

    private Money Money(decimal amount) => new(amount, _context.Currency);
}

/// <summary>
/// One survey quarter of a period statement: the days billed, the quarter's rate and factor (once its survey has closed),
/// the items charged, and the prepayment settled against it.
/// </summary>
public sealed class QuarterSettlement
{
    private readonly PeriodStatement _statement;
    private readonly int _part;

    internal QuarterSettlement(PeriodStatement statement, int part)
    {
        _statement = statement;
        _part = part;
    }

    /// <summary>The quarter.</summary>
    public Quarter Quarter => Context.Quarters[_part];

    /// <summary>The days billed in the quarter (after handover and sale).</summary>
    public Proration Days => Context.Days(_part, _statement.Household);

    /// <summary>Whether the quarter's survey has closed, so the part is billed by satisfaction (otherwise in full, pending).</summary>
    public bool Settled => Context.Book(_part) is not null;

    /// <summary>The satisfaction rate applied, or <see langword="null"/> when none was.</summary>
    public SatisfactionRate? Rate => Context.Decide(_statement.Row, _part).Rate;

    /// <summary>The factor applied to items priced by satisfaction, 0–1.</summary>
    public decimal Factor => Context.Decide(_statement.Row, _part).Factor;

    /// <summary>Whether the household's survey for the quarter was counted.</summary>
    public bool Responded => Context.Book(_part)?.Rates[_statement.Row] is not null;

    /// <summary>The full fee of the part, to the fen.</summary>
    public Money Base => new(Context.BaseOf(_statement.Row, _part), Context.Currency);

    /// <summary>The fee payable for the part, to the fen.</summary>
    public Money Payable => new(Context.PayableOf(_statement.Row, _part), Context.Currency);

    /// <summary>The prepayment settled against the part.</summary>
    public Money Prepaid => new(Context.PrepaidOf(_statement.Row, _part), Context.Currency);

    /// <summary>Prepaid − payable for the part (refund when positive).</summary>
    public Money Settlement => Prepaid - Payable;

    /// <summary>F2 notes on the quarter's survey.</summary>
    public ImmutableArray<string> Flags => Context.FlagText(Context.Book(_part)?.Flags[_statement.Row] ?? 0);

    /// <summary>The items charged, per premises, in the schedule's order; their payables add up to <see cref="Payable"/>.</summary>
    public ImmutableArray<ItemCharge> Charges
    {
        get
        {
            var days = Days;
            var builder = ImmutableArray.CreateBuilder<ItemCharge>();
            if (days.IsEmpty)
            {
                return builder.ToImmutable();
            }

            var factor = Factor;
            var household = _statement.Household;
            foreach (var premises in household.Premises)
            {
                foreach (var item in Context.ItemsOf(premises.Type))
                {
                    var (full, @base, payable) = Context.Charge(premises, item, days, factor, household.Vacant);
                    builder.Add(new ItemCharge(premises, item, new Money(full, Context.Currency), new Money(@base, Context.Currency), item.BySatisfaction ? factor : 1m, new Money(payable, Context.Currency)));
                }
            }

            return builder.ToImmutable();
        }
    }

    internal FeeBasis Basis => Context.Decide(_statement.Row, _part).Basis;

    internal decimal ResponseRate => Context.Book(_part)?.ResponseRate ?? 0;

    private FeeCalculator.PeriodContext Context => _statement.Context;

    /// <summary>E.g. <c>2026Q4: 752.64 CNY × 85% = 639.74 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Quarter}: {Base} × {FeeText.Pct(Factor)} = {Payable}{(Settled ? string.Empty : " (pending)")}";
}

/// <summary>One fee item charged for one premises over a quarter's days.</summary>
/// <param name="Premises">The premises.</param>
/// <param name="Item">The fee item.</param>
/// <param name="FullBase">Quantity × price × months, to the fen, before vacancy.</param>
/// <param name="Base">The base after the vacancy share (equal to <paramref name="FullBase"/> when not vacant or not named).</param>
/// <param name="Factor">The factor applied (1 for items not priced by satisfaction).</param>
/// <param name="Payable">The amount payable, to the fen.</param>
public readonly record struct ItemCharge(Premises Premises, FeeItem Item, Money FullBase, Money Base, decimal Factor, Money Payable);
