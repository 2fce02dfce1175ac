using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Rules.Tests.Hardening;

/// <summary>Decimal extremes in fee tiers, factors and schedules give ArgumentException, never an OverflowException.</summary>
[Properties(MaxTest = 500, QuietOnSuccess = true)]
public class FeeExtremesProperties
{
    private static readonly decimal[] Extremes =
    [
        decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.5m, 0.9m, 1.0000000000000000000000000001m, 0.0000000000000000000000000001m,
        79_228_162_514_264_337_593_543_950.335m, 1e20m, -1e20m,
    ];

    [Property]
    public void Tiers_factors_and_schedules_refuse_decimal_extremes_with_ArgumentException(int a, int b, int c, int d)
    {
        decimal Pick(int i) => Extremes[(int)((uint)i % (uint)Extremes.Length)];
        Check(() => FeeFactors.Tiered(new FeeTier(Pick(a), Pick(b), Pick(c)), new FeeTier(Pick(b), Pick(d), Pick(a))));
        Check(() => FeeFactors.Tiered(new FeeTier(0, 0.5m, 0.8m), new FeeTier(0.5m, 1, Pick(c))));
        Check(() => FeeFactors.Linear(Pick(a), Pick(b)));
        Check(() => new FeeTier(Pick(a), Pick(b), Pick(c)).ToString());
        Check(() => (FeePresets.PayBySatisfaction with { Floor = Pick(a), NonRespondentFactor = Pick(b) }).Validate());
        Check(() => (FeePresets.PayBySatisfaction with { UnitPrice = Money.Yuan(Pick(c) % Money.MaxAmount) }).Validate());
        Check(() => (FeePresets.PayBySatisfaction with { Weights = FeePresets.PayBySatisfaction.Weights.SetItem(ServiceItem.Cleaning, Pick(d)) }).Validate());
        Check(() => Money.Yuan(100).Allocate([Pick(a), Pick(b), Pick(c)]));
    }

    private static void Check(Action call)
    {
        try
        {
            call();
        }
        catch (ArgumentException e)
        {
            Assert.True(e.Message.Length < 400);
        }
    }
}
