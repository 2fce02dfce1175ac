using System.Collections.Immutable;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;

namespace PropertyOps.Rules.Presets;

/// <summary>Fee schedules for pay-by-satisfaction management (买单式物业管理, seed 001 §2.3, rules F1–F3).</summary>
public static class FeePresets
{
    /// <summary>
    /// The documented default schedule; override any part with a <c>with</c> expression (set <see cref="FeeSchedule.UnitPrice"/>
    /// to the estate's contract price):
    /// <list type="bullet">
    /// <item>Items (F1): 保安, 保洁, 绿化, 工程维修, 客户服务, weighted equally.</item>
    /// <item>Rate (F3): the weighted mean of the item scores, each normalised on its scale.</item>
    /// <item>Factor (F3): ≥ 90 % → 100 %; 80–90 % → 95 %; 70–80 % → 90 %; 60–70 % → 85 %; below 60 % → 80 %; floor 80 %.</item>
    /// <item>Non-respondents pay in full; each owner pays by their own rate; a survey returned outside the last 5 days of the
    /// quarter (F2) is counted but flagged; amounts are rounded to the fen half away from zero (四舍五入).</item>
    /// <item>Unit price: 2.80 CNY per m² per month, a placeholder to be replaced by the estate's price.</item>
    /// </list>
    /// </summary>
    public static FeeSchedule PayBySatisfaction { get; } = new()
    {
        UnitPrice = Money.Yuan(2.80m),
        Weights = ImmutableDictionary.CreateRange(new[]
        {
            System.Collections.Generic.KeyValuePair.Create(ServiceItem.Security, 1m),
            System.Collections.Generic.KeyValuePair.Create(ServiceItem.Cleaning, 1m),
            System.Collections.Generic.KeyValuePair.Create(ServiceItem.Landscaping, 1m),
            System.Collections.Generic.KeyValuePair.Create(ServiceItem.Repairs, 1m),
            System.Collections.Generic.KeyValuePair.Create(ServiceItem.CustomerService, 1m),
        }),
        Method = RateMethod.WeightedMean,
        Factors = FeeFactors.Tiered(
            new FeeTier(0m, 0.60m, 0.80m),
            new FeeTier(0.60m, 0.70m, 0.85m),
            new FeeTier(0.70m, 0.80m, 0.90m),
            new FeeTier(0.80m, 0.90m, 0.95m),
            new FeeTier(0.90m, 1m, 1m)),
        Floor = 0.80m,
        NonRespondents = NonRespondentRule.PayInFull,
        Mode = BillingMode.PerOwner,
        LateSurveys = LateSurveyHandling.Flag,
        WindowDays = 5,
    };
}
