using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>One fee item charged for one premises over a quarter's days.</summary>
/// <param name="Premises">The premises.</param>
/// <param name="Item">The fee item.</param>
/// <param name="FullBase">Quantity × price × months, to the fen, before vacancy.</param>
/// <param name="Base">The base after the vacancy share (equal to <paramref name="FullBase"/> when not vacant or not named).</param>
/// <param name="Factor">The factor applied (1 for items not priced by satisfaction).</param>
/// <param name="Payable">The amount payable, to the fen.</param>
public readonly record struct ItemCharge(Premises Premises, FeeItem Item, Money FullBase, Money Base, decimal Factor, Money Payable);
