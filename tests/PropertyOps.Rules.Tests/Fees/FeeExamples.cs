using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Rules.Tests.Fees;

public class FeeExamples
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly FeeSchedule Preset = FeePresets.PayBySatisfaction;
    private static readonly Household Flat = new("3-2-1201", 89.6m);
    private static readonly Instant HandedOut = At(2026, 7, 2);
    private static readonly Instant Returned = At(2026, 9, 28);
    private static readonly Instant BillDay = At(2026, 10, 8);

    private static Instant At(int y, int m, int d) => new LocalDateTime(y, m, d, 10, 0).InZoneStrictly(Shanghai).ToInstant();

    private static SatisfactionSurvey Survey(string household, decimal score, ScoreScale? scale = null, Instant? returned = null, Quarter? quarter = null) =>
        new(household, quarter ?? Q3, scale ?? ScoreScale.Percent, Preset.Weights.Keys.ToDictionary(k => k, _ => score), HandedOut, returned ?? Returned);

    private static FeeStatement BillOne(SatisfactionSurvey? survey, FeeSchedule? schedule = null) =>
        FeeCalculator.Bill([Flat], survey is null ? [] : [survey], Q3, schedule ?? Preset, Shanghai, BillDay).Single();

    [Theory]
    [InlineData(95, 1.00, "752.64")]
    [InlineData(90, 1.00, "752.64")]
    [InlineData(89.99, 0.95, "715.01")]
    [InlineData(85, 0.95, "715.01")]
    [InlineData(80, 0.95, "715.01")]
    [InlineData(75, 0.90, "677.38")]
    [InlineData(65, 0.85, "639.74")]
    [InlineData(50, 0.80, "602.11")]
    [InlineData(0, 0.80, "602.11")]
    public void F3_a_89_6_m2_flat_at_2_80_a_month_for_a_quarter_pays_by_its_satisfaction_rate(decimal score, decimal factor, string payable)
    {
        var statement = BillOne(Survey(Flat.Id, score));
        Assert.Equal(Money.Yuan(752.64m), statement.Base);
        Assert.Equal(SatisfactionRate.FromPercent(score), statement.Rate);
        Assert.Equal(factor, statement.Factor);
        Assert.Equal(Money.Yuan(decimal.Parse(payable, System.Globalization.CultureInfo.InvariantCulture)), statement.Payable);
        Assert.Equal(statement.Payable, statement.Lines.Where(l => l.Amount is not null).Select(l => l.Amount!.Value).Aggregate((a, b) => a + b));
        Assert.True(statement.Responded);
    }

    [Fact]
    public void F3_the_statement_explains_each_number_in_Chinese_and_English()
    {
        var statement = BillOne(Survey(Flat.Id, 85));
        Assert.Equal("基本物业费：89.60 m² × 2.80 元/m²/月 × 3 个月 = 752.64 元", statement.Lines[0].Chinese);
        Assert.Equal("Base fee: 89.60 m² × 2.80 CNY/m²/month × 3 months = 752.64 CNY", statement.Lines[0].English);
        Assert.Contains("服务满意率：85.00%", statement.Lines[1].Chinese, StringComparison.Ordinal);
        Assert.Contains("80%–90% → 95%", statement.Lines[2].English, StringComparison.Ordinal);
        Assert.Equal("满意度调整：752.64 × (95% − 100%) = -37.63 元", statement.Lines[3].Chinese);
        Assert.Equal(Money.Yuan(-37.63m), statement.Lines[3].Amount);
        Assert.Equal(new[] { 143.01m, 143m, 143m, 143m, 143m }, statement.Shares.Select(s => s.Amount.Amount).ToArray());
    }

    [Fact]
    public void A_non_respondent_pays_in_full_by_default_or_by_the_schedules_rule()
    {
        var neighbour = new Household("3-2-1202", 120m);
        var all = FeeCalculator.Bill([Flat, neighbour], [Survey(neighbour.Id, 70)], Q3, Preset, Shanghai, BillDay);
        Assert.Equal(Money.Yuan(752.64m), all[0].Payable);
        Assert.False(all[0].Responded);
        Assert.Null(all[0].Rate);
        Assert.Contains("按全额收取", all[0].Lines[1].Chinese, StringComparison.Ordinal);
        var average = FeeCalculator.Bill([Flat, neighbour], [Survey(neighbour.Id, 70)], Q3, Preset with { NonRespondents = NonRespondentRule.EstateAverage }, Shanghai, BillDay);
        Assert.Equal(Money.Yuan(677.38m), average[0].Payable); // the estate's average is 70 % → 90 %
        var fixedFactor = FeeCalculator.Bill([Flat], [], Q3, Preset with { NonRespondents = NonRespondentRule.FixedFactor, NonRespondentFactor = 0.9m }, Shanghai, BillDay);
        Assert.Equal(Money.Yuan(677.38m), fixedFactor[0].Payable);
    }

    [Fact]
    public void F3_estate_wide_mode_weights_the_rates_by_area_by_default_or_one_per_household()
    {
        var big = new Household("3-2-1203", 120m);
        var silent = new Household("3-2-1204", 60m);

        // (85 % × 89.6 + 95 % × 120) ÷ 209.6 = 90.7252 % → published 90.73 %.
        var byArea = FeeCalculator.Bill([Flat, big, silent], [Survey(Flat.Id, 85), Survey(big.Id, 95)], Q3, Preset with { Mode = BillingMode.EstateWide }, Shanghai, BillDay);
        Assert.All(byArea, b => Assert.Equal(SatisfactionRate.FromPercent(90.73m), b.Rate));
        Assert.Contains("weighted by area; response 66.67%", byArea[2].Lines[1].English, StringComparison.Ordinal);
        var bills = FeeCalculator.Bill([Flat, big, silent], [Survey(Flat.Id, 85), Survey(big.Id, 95)], Q3, Preset with { Mode = BillingMode.EstateWide, EstateWeighting = EstateWeighting.PerHousehold }, Shanghai, BillDay);
        Assert.All(bills, b => Assert.Equal(SatisfactionRate.FromPercent(90), b.Rate));
        Assert.Equal(Money.Yuan(752.64m), bills[0].Payable);
        Assert.Equal(Money.Yuan(1008m), bills[1].Payable);
        Assert.Equal(Money.Yuan(504m), bills[2].Payable);
    }

    [Fact]
    public void Linear_factors_interpolate_between_the_floor_and_100_percent()
    {
        var linear = Preset with { Factors = FeeFactors.Linear(0.6m, 0.8m) };
        Assert.Equal(0.9m, BillOne(Survey(Flat.Id, 80), linear).Factor);
        Assert.Equal(Money.Yuan(677.38m), BillOne(Survey(Flat.Id, 80), linear).Payable);
        Assert.Equal(0.8m, BillOne(Survey(Flat.Id, 40), linear).Factor);
        Assert.Equal(1m, BillOne(Survey(Flat.Id, 100), linear).Factor);
    }

    [Fact]
    public void The_share_of_items_rated_satisfied_or_better_on_a_five_point_scale()
    {
        var items = new[] { ServiceItem.Security, ServiceItem.Cleaning, ServiceItem.Landscaping, ServiceItem.Repairs, ServiceItem.CustomerService };
        var scores = items.Zip(new[] { 5m, 4m, 3m, 4m, 2m }).ToDictionary(p => p.First, p => p.Second);
        var survey = new SatisfactionSurvey(Flat.Id, Q3, ScoreScale.FivePoint, scores, HandedOut, Returned);
        var share = BillOne(survey, Preset with { Method = RateMethod.ShareSatisfied });
        Assert.Equal(SatisfactionRate.FromPercent(60), share.Rate);
        Assert.Equal(0.85m, share.Factor);
        Assert.Equal(SatisfactionRate.FromPercent(65), BillOne(survey).Rate); // weighted mean of (4,3,2,3,1)/4
    }

    [Fact]
    public void F2_a_survey_returned_outside_the_last_five_days_is_flagged_or_refused()
    {
        var early = Survey(Flat.Id, 50, returned: At(2026, 9, 20));
        var flagged = BillOne(early);
        Assert.Equal(Money.Yuan(602.11m), flagged.Payable);
        Assert.Contains("early survey (returned before the collection window) counted (F2)", flagged.Flags);
        Assert.Contains("late survey counted (F2)", BillOne(Survey(Flat.Id, 50, returned: At(2026, 10, 2))).Flags);
        var handedOutLate = new SatisfactionSurvey(Flat.Id, Q3, ScoreScale.Percent, Preset.Weights.Keys.ToDictionary(k => k, _ => 50m), At(2026, 7, 10), Returned);
        Assert.Contains("survey handed out outside the first 5 days counted (F2)", BillOne(handedOutLate).Flags);
        Assert.False(BillOne(handedOutLate, Preset with { LateSurveys = LateSurveyHandling.Refuse }).Responded);
        Assert.Empty(BillOne(Survey(Flat.Id, 50)).Flags);
        var refused = BillOne(early, Preset with { LateSurveys = LateSurveyHandling.Refuse });
        Assert.Equal(Money.Yuan(752.64m), refused.Payable);
        Assert.False(refused.Responded);
        Assert.Equal(new DateInterval(new LocalDate(2026, 9, 26), new LocalDate(2026, 9, 30)), Q3.CollectionWindow());
        Assert.Equal(new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 5)), Q3.HandOutWindow());
    }

    [Fact]
    public void F3_the_rate_is_rounded_to_the_published_precision_before_the_band_applies()
    {
        // 89.99985 % is published as 90.00 % and billed in the 90 % band (factor 100 %), not the 80–90 % band.
        var almost = new SatisfactionSurvey(Flat.Id, Q3, ScoreScale.Percent, Preset.Weights.Keys.ToDictionary(k => k, _ => 89.99985m), HandedOut, Returned);
        var statement = BillOne(almost);
        Assert.Equal(0.9m, statement.Rate!.Value.Fraction);
        Assert.Equal(1m, statement.Factor);
        Assert.Equal(Money.Yuan(752.64m), statement.Payable);
        // Published to 0.0001 % instead, the same survey is 89.9999 % and bills in the 80–90 % band.
        var finer = BillOne(almost, Preset with { PublishedRateDecimals = 6 });
        Assert.Equal(0.899999m, finer.Rate!.Value.Fraction);
        Assert.Equal(0.95m, finer.Factor);
        Assert.Throws<ArgumentException>(() => BillOne(almost, Preset with { PublishedRateDecimals = 11 }));
    }

    [Fact]
    public void F3_a_linear_schedule_with_a_knee_pays_85_percent_at_75_percent()
    {
        var knee = Preset with { Factors = FeeFactors.Linear(0.6m, 0.7m, 0.9m), Floor = 0.7m };
        Assert.Equal(0.85m, knee.Factors.FactorFor(new SatisfactionRate(0.75m)));
        Assert.Equal(1m, knee.Factors.FactorFor(new SatisfactionRate(0.9m)));
        Assert.Equal(0.7m, knee.Factors.FactorFor(new SatisfactionRate(0.6m)));
        Assert.Equal(Money.Yuan(639.74m), BillOne(Survey(Flat.Id, 75), knee).Payable); // 752.64 × 85 % = 639.744
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeFactors.Linear(0.6m, 0.7m, 0.6m));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeFactors.Linear(0.6m, 0.7m, 1.1m));
        Assert.Equal(FeeFactors.Linear(0.5m, 0.8m).FactorFor(new SatisfactionRate(0.75m)), FeeFactors.Linear(0.5m, 0.8m, 1m).FactorFor(new SatisfactionRate(0.75m)));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_household_or_tier()
    {
        var area = Assert.Throws<ArgumentOutOfRangeException>(() => new Household("3-2-1201", 0)).Message;
        Assert.Contains("3-*-**01", area, StringComparison.Ordinal); // the household id masked, as a phone number is (D14)
        Assert.DoesNotContain("3-2-1201", area, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Household("3-2-1201", -5));
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => BillOne(null, Preset with { UnitPrice = Money.Yuan(-1) })).Message, StringComparison.Ordinal);
        var outOfScale = Assert.Throws<ArgumentOutOfRangeException>(() => Survey(Flat.Id, 6, ScoreScale.FivePoint));
        Assert.Contains("3-*-**01", outOfScale.Message, StringComparison.Ordinal);
        var future = Assert.Throws<RuleViolationException>(() => FeeCalculator.Bill([Flat], [Survey(Flat.Id, 90, quarter: new Quarter(2027, 1))], Q3, Preset, Shanghai, BillDay));
        Assert.Equal("F2", future.Violation.Rule.Value);
        var twice = Assert.Throws<RuleViolationException>(() => FeeCalculator.Bill([Flat], [Survey(Flat.Id, 90), Survey(Flat.Id, 80)], Q3, Preset, Shanghai, BillDay));
        Assert.Equal("F1", twice.Violation.Rule.Value);
        Assert.Contains("3-*-**01", twice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("3-2-1201", twice.Message, StringComparison.Ordinal);
        Assert.Contains("zero", Assert.Throws<ArgumentException>(() => BillOne(null, Preset with { Weights = Preset.Weights.SetItems(Preset.Weights.Keys.Select(k => KeyValuePair.Create(k, 0m))) })).Message, StringComparison.Ordinal);
        Assert.Contains("overlap", Assert.Throws<ArgumentException>(() => FeeFactors.Tiered(new FeeTier(0, 0.7m, 0.8m), new FeeTier(0.6m, 1, 1))).Message, StringComparison.Ordinal);
        Assert.Contains("gap", Assert.Throws<ArgumentException>(() => FeeFactors.Tiered(new FeeTier(0, 0.5m, 0.8m), new FeeTier(0.6m, 1, 1))).Message, StringComparison.Ordinal);
        Assert.Contains("gap", Assert.Throws<ArgumentException>(() => FeeFactors.Tiered(new FeeTier(0, 0.9m, 0.8m))).Message, StringComparison.Ordinal);
        Assert.Contains("outside 0–100%", Assert.Throws<ArgumentException>(() => FeeFactors.Tiered(new FeeTier(0, 0.5m, 0.8m), new FeeTier(0.5m, 1, 1.1m))).Message, StringComparison.Ordinal);
        var belowFloor = Preset with { Factors = FeeFactors.Tiered(new FeeTier(0, 0.5m, 0.7m), new FeeTier(0.5m, 1, 1)) };
        Assert.Contains("0%–50% → 70%", Assert.Throws<ArgumentException>(() => BillOne(null, belowFloor)).Message, StringComparison.Ordinal);
        Assert.Contains("not among", Assert.Throws<ArgumentException>(() => FeeCalculator.Bill([Flat], [Survey("9-9-999", 90)], Q3, Preset, Shanghai, BillDay)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FeeCalculator.Bill([Flat, Flat], [], Q3, Preset, Shanghai, BillDay));
    }

    [Fact]
    public void Money_never_mixes_currencies_and_rounds_with_a_named_mode()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Yuan(1) + new Money(1, "USD"));
        Assert.Equal(Money.Yuan(0.13m), Money.Yuan(0.125m).Round());
        Assert.Equal(Money.Yuan(0.12m), Money.Yuan(0.125m).Round(MidpointRounding.ToEven));
        Assert.Equal(Money.Yuan(-0.13m), Money.Yuan(-0.125m).Round());
        Assert.Equal("752.64 CNY", Money.Yuan(752.64m).ToString());
        Assert.Equal([Money.Yuan(0.34m), Money.Yuan(0.33m), Money.Yuan(0.33m)], Money.Yuan(1m).Allocate([1m, 1m, 1m]).ToArray());
        Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate([0m, 0m]));
        Assert.Throws<ArgumentException>(() => Money.Yuan(1.005m).Allocate([1m]));
    }
}
