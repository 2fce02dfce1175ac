using System.Collections.Immutable;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

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
    public bool Responded => Context.Book(_part)?.HasRate(_statement.Row) == true;

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

    private PeriodContext Context => _statement.Context;

    /// <summary>E.g. <c>2026Q4: 752.64 CNY × 85% = 639.74 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Quarter}: {Base} × {FeeText.Pct(Factor)} = {Payable}{(Settled ? string.Empty : " (pending)")}";
}
