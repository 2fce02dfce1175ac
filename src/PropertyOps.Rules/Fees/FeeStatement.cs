using System.Collections.Immutable;
using System.Linq;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>One household's management-fee bill for one quarter, with how each number was reached (F1–F3).</summary>
/// <param name="HouseholdId">The household.</param>
/// <param name="Quarter">The quarter billed.</param>
/// <param name="Base">The base fee: area × unit price × 3 months, rounded to the fen.</param>
/// <param name="Rate">The satisfaction rate applied, or <see langword="null"/> when none was (a non-respondent paying in full or a fixed factor).</param>
/// <param name="Factor">The share of the base fee payable, 0–1.</param>
/// <param name="Payable">The fee payable, rounded to the fen.</param>
/// <param name="Responded">Whether the household's survey was counted.</param>
/// <param name="Flags">Notes that need a clerk's attention, e.g. a late survey.</param>
/// <param name="Lines">The explanation; the amounts add up to <paramref name="Payable"/>.</param>
/// <param name="Shares">The payable fee split over the service items by weight (largest remainder; adds up exactly).</param>
public sealed record FeeStatement(
    string HouseholdId,
    Quarter Quarter,
    Money Base,
    SatisfactionRate? Rate,
    decimal Factor,
    Money Payable,
    bool Responded,
    ImmutableArray<string> Flags,
    ImmutableArray<StatementLine> Lines,
    ImmutableArray<(ServiceItem Item, Money Amount)> Shares)
{
    /// <summary>Whether another statement bills the same numbers (lines and flags aside).</summary>
    /// <param name="other">The other statement.</param>
    /// <returns><see langword="true"/> when household, quarter, base, rate, factor, payable and shares agree.</returns>
    public bool SameBill(FeeStatement other) =>
        other is not null && HouseholdId == other.HouseholdId && Quarter == other.Quarter && Base == other.Base && Rate == other.Rate
        && Factor == other.Factor && Payable == other.Payable && Shares.SequenceEqual(other.Shares);
}
