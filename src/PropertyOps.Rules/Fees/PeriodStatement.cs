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
    private readonly Part[] _parts;

    internal PeriodStatement(FeeCalculator.PeriodContext context, Household household, Part[] parts, Money @base, Money payableBeforeRounding, Money payable, Money prepaid)
    {
        _context = context;
        _parts = parts;
        Household = household;
        Base = @base;
        PayableBeforeRounding = payableBeforeRounding;
        Payable = payable;
        Prepaid = prepaid;
    }

    /// <summary>The household billed.</summary>
    public Household Household { get; }

    /// <summary>The household's id.</summary>
    public string HouseholdId => Household.Id;

    /// <summary>The period billed.</summary>
    public BillingPeriod Period => _context.Period;

    /// <summary>The full fee: every item's base (pro-rated, after vacancy), to the fen.</summary>
    public Money Base { get; }

    /// <summary>The sum of the parts' payables, to the fen, before the statement's rounding.</summary>
    public Money PayableBeforeRounding { get; }

    /// <summary>The fee payable, rounded to the schedule's <see cref="FeeSchedule.PayableUnit"/>.</summary>
    public Money Payable { get; }

    /// <summary>What rounding to the payable unit took off or added (抹零): <see cref="Payable"/> − <see cref="PayableBeforeRounding"/>.</summary>
    public Money RoundingAdjustment => Payable - PayableBeforeRounding;

    /// <summary>What the household prepaid for the period.</summary>
    public Money Prepaid { get; }

    /// <summary>Prepaid − payable: a refund (退) when positive, a balance due (补) when negative; settlement + payable = prepaid.</summary>
    public Money Settlement => Prepaid - Payable;

    /// <summary>Whether every quarter's survey has closed (no part is still billed provisionally in full).</summary>
    public bool IsFinal => _parts.All(p => p.Settled);

    /// <summary>The parts, one per survey quarter the period overlaps, earliest first.</summary>
    public ImmutableArray<QuarterSettlement> Parts => [.. _parts.Select(p => new QuarterSettlement(this, p))];

    /// <summary>Notes that need a clerk's attention (F2 flags of the surveys counted), with their quarter.</summary>
    public ImmutableArray<string> Flags => [.. _parts.SelectMany(p => _context.FlagText(p.Flags).Select(f => $"{_context.Quarters[p.Index]}: {f}"))];

    /// <summary>The explanation, line by line in Chinese and English; the amounts add up to <see cref="Payable"/>.</summary>
    public ImmutableArray<StatementLine> Lines => PeriodText.Lines(this);

    internal FeeCalculator.PeriodContext Context => _context;

    /// <summary>Whether another statement bills the same numbers (explanations aside).</summary>
    /// <param name="other">The other statement.</param>
    /// <returns><see langword="true"/> when household, period, parts and totals agree.</returns>
    public bool SameBill(PeriodStatement other) =>
        other is not null && HouseholdId == other.HouseholdId && Period == other.Period && Base == other.Base && Payable == other.Payable
        && Prepaid == other.Prepaid && _parts.SequenceEqual(other._parts);

    /// <summary>E.g. <c>3-2-1201 2026-01-01..2026-12-31: 3010.56 CNY → 2916.44 CNY, prepaid 3010.56 CNY, refund 94.12 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{HouseholdId} {Period}: {Base} → {Payable}" + (Prepaid.Amount == 0 && Settlement.Amount == -Payable.Amount ? string.Empty
            : Settlement.Amount >= 0 ? $", prepaid {Prepaid}, refund {Settlement}" : $", prepaid {Prepaid}, balance due {-Settlement}");

    /// <summary>One part's numbers (internal, compact: item charges are recomputed when read).</summary>
    internal readonly record struct Part(
        int Index, Proration Days, bool Settled, SatisfactionRate? Rate, decimal Factor, FeeBasis Basis, int Flags, bool Responded,
        decimal Base, decimal Payable, decimal Prepaid);
}

/// <summary>
/// One survey quarter of a period statement: the days billed, the quarter's rate and factor (once its survey has closed),
/// the items charged, and the prepayment settled against it.
/// </summary>
public sealed class QuarterSettlement
{
    private readonly PeriodStatement _statement;
    private readonly PeriodStatement.Part _part;

    internal QuarterSettlement(PeriodStatement statement, PeriodStatement.Part part)
    {
        _statement = statement;
        _part = part;
    }

    /// <summary>The quarter.</summary>
    public Quarter Quarter => _statement.Context.Quarters[_part.Index];

    /// <summary>The days billed in the quarter (after handover and sale).</summary>
    public Proration Days => _part.Days;

    /// <summary>Whether the quarter's survey has closed, so the part is billed by satisfaction (otherwise in full, pending).</summary>
    public bool Settled => _part.Settled;

    /// <summary>The satisfaction rate applied, or <see langword="null"/> when none was.</summary>
    public SatisfactionRate? Rate => _part.Rate;

    /// <summary>The factor applied to items priced by satisfaction, 0–1.</summary>
    public decimal Factor => _part.Factor;

    /// <summary>Whether the household's survey for the quarter was counted.</summary>
    public bool Responded => _part.Responded;

    /// <summary>The full fee of the part, to the fen.</summary>
    public Money Base => new(_part.Base, _statement.Base.Currency);

    /// <summary>The fee payable for the part, to the fen.</summary>
    public Money Payable => new(_part.Payable, _statement.Base.Currency);

    /// <summary>The prepayment settled against the part.</summary>
    public Money Prepaid => new(_part.Prepaid, _statement.Base.Currency);

    /// <summary>Prepaid − payable for the part (refund when positive).</summary>
    public Money Settlement => Prepaid - Payable;

    /// <summary>F2 notes on the quarter's survey.</summary>
    public ImmutableArray<string> Flags => _statement.Context.FlagText(_part.Flags);

    /// <summary>The items charged, per premises, in the schedule's order; their payables add up to <see cref="Payable"/>.</summary>
    public ImmutableArray<ItemCharge> Charges
    {
        get
        {
            var context = _statement.Context;
            var builder = ImmutableArray.CreateBuilder<ItemCharge>();
            if (_part.Days.IsEmpty)
            {
                return builder.ToImmutable();
            }

            foreach (var premises in _statement.Household.Premises)
            {
                foreach (var item in context.ItemsOf(premises.Type))
                {
                    var (full, @base, payable) = context.Charge(premises, item, _part.Days, _part.Factor, _statement.Household.Vacant);
                    var currency = _statement.Base.Currency;
                    builder.Add(new ItemCharge(premises, item, new Money(full, currency), new Money(@base, currency), item.BySatisfaction ? _part.Factor : 1m, new Money(payable, currency)));
                }
            }

            return builder.ToImmutable();
        }
    }

    internal FeeBasis Basis => _part.Basis;

    internal decimal ResponseRate => _statement.Context.ResponseRate(_part.Index);

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
