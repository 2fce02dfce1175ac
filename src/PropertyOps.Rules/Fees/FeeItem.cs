using System;
using PropertyOps.Domain.Internal;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// One priced fee item of a unit type (F3): e.g. the management fee (物业服务费) at 2.80 CNY per m² per month, priced by
/// satisfaction, or a lift fee (电梯费) or waste fee (垃圾清运费) that satisfaction does not change.
/// </summary>
public sealed record FeeItem
{
    /// <summary>Creates a fee item.</summary>
    /// <param name="code">A stable code: 1–40 lowercase letters, digits or '-'.</param>
    /// <param name="name">The display name, 1–40 characters (e.g. 物业服务费).</param>
    /// <param name="price">The price per month: per m² or per unit, as <paramref name="pricing"/> says; 0–<see cref="FeeSchedule.MaxUnitPrice"/>.</param>
    /// <param name="pricing">Whether the price is per m² or per unit.</param>
    /// <param name="bySatisfaction">Whether the satisfaction factor applies to the item.</param>
    /// <exception cref="ArgumentException">The code or name is malformed, the price out of range, or the pricing unknown; the message names the field.</exception>
    public FeeItem(string code, string name, Money price, FeePricing pricing, bool bySatisfaction)
    {
        Code = Preconditions.CheckCode(code);
        Name = Preconditions.CheckText(name, 40);

        if (price.Amount < 0 || price.Amount > FeeSchedule.MaxUnitPrice)
        {
            throw new ArgumentOutOfRangeException(nameof(price), $"The price of fee item {code} lies between 0 and {FeeSchedule.MaxUnitPrice} per month.");
        }

        if (!Enum.IsDefined(pricing))
        {
            throw new ArgumentOutOfRangeException(nameof(pricing), $"Fee item {code}: the pricing is unknown.");
        }

        Price = price;
        Pricing = pricing;
        BySatisfaction = bySatisfaction;
    }

    /// <summary>The code, e.g. <c>management</c>.</summary>
    public string Code { get; }

    /// <summary>The display name, e.g. <c>物业服务费</c>.</summary>
    public string Name { get; }

    /// <summary>The price per month (per m² or per unit).</summary>
    public Money Price { get; }

    /// <summary>Whether the price is per m² or per unit.</summary>
    public FeePricing Pricing { get; }

    /// <summary>Whether the satisfaction factor applies.</summary>
    public bool BySatisfaction { get; }

    /// <summary>The management fee priced per m² by satisfaction (物业服务费).</summary>
    /// <param name="pricePerSquareMetre">The price per m² per month.</param>
    /// <returns>The item.</returns>
    public static FeeItem Management(Money pricePerSquareMetre) => new("management", "物业服务费", pricePerSquareMetre, FeePricing.PerSquareMetre, bySatisfaction: true);

    /// <summary>E.g. <c>物业服务费 (management) 2.80 CNY/m²/month, by satisfaction</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} ({Code}) {Price}/{(Pricing == FeePricing.PerSquareMetre ? "m²/" : "unit/")}month{(BySatisfaction ? ", by satisfaction" : string.Empty)}";
}
