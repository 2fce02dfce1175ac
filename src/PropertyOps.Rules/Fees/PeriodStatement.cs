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
    private readonly PeriodContext _context;
    private readonly int _row;

    internal PeriodStatement(PeriodContext context, int row)
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

    internal PeriodContext Context => _context;

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
