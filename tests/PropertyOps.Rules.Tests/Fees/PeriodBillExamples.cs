using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Rules.Tests.Fees;

/// <summary>Hand-computed period bills (F1–F3): months, years, pro-rating, items, vacancy, prepayment, estate-wide response, 抹零.</summary>
public class PeriodBillExamples
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly FeeSchedule Preset = FeePresets.PayBySatisfaction;
    private static readonly Household Flat = new("3-2-1201", 89.6m);

    private static Instant At(int y, int m, int d) => new LocalDateTime(y, m, d, 10, 0).InZoneStrictly(Shanghai).ToInstant();

    // A survey of a quarter handed out on its 2nd day and returned 3 days before its end (inside both F2 windows).
    private static SatisfactionSurvey Survey(string household, Quarter quarter, decimal score, FeeSchedule? schedule = null) =>
        new(household, quarter, ScoreScale.Percent, (schedule ?? Preset).Weights.Keys.ToDictionary(k => k, _ => score),
            At(quarter.Start.Year, quarter.Start.Month, 2), At(quarter.End.Year, quarter.End.Month, quarter.End.Day - 3));

    private static PeriodStatement BillOne(Household home, BillingPeriod period, IEnumerable<SatisfactionSurvey> surveys, Instant asOf, FeeSchedule? schedule = null, Money? prepaid = null) =>
        FeeCalculator.BillPeriod([home], surveys, period, schedule ?? Preset, Shanghai, asOf, prepaid is { } p ? new Dictionary<string, Money> { [home.Id] = p } : null).Single();

    private static Money Y(decimal amount) => Money.Yuan(amount);

    private static void LinesAddUp(PeriodStatement statement) =>
        Assert.Equal(statement.Payable.Amount, statement.Lines.Where(l => l.Amount is not null).Sum(l => l.Amount!.Value.Amount));

    [Fact]
    public void F3_a_monthly_bill_for_November_2026_uses_the_fourth_quarters_rate_once_its_survey_has_closed()
    {
        var november = BillingPeriod.Month(new YearMonth(2026, 11));
        var q4 = new Quarter(2026, 4);

        // 89.6 m² × 2.80 = 250.88 a month; the Q4 rate 65 % lies in the 60–70 % band → factor 85 % → 213.248 → 213.25.
        var closed = BillOne(Flat, november, [Survey(Flat.Id, q4, 65)], At(2027, 1, 5));
        Assert.Equal(Y(250.88m), closed.Base);
        Assert.Equal(Y(213.25m), closed.Payable);
        var part = Assert.Single(closed.Parts);
        Assert.Equal(q4, part.Quarter);
        Assert.Equal(SatisfactionRate.FromPercent(65), part.Rate);
        Assert.Equal(0.85m, part.Factor);
        Assert.True(closed.IsFinal);
        LinesAddUp(closed);
        Assert.Contains(closed.Lines, l => l.Chinese == "物业服务费（住宅）：89.60 m² × 2.80 元/m²/月 × 1.00 个月 = 250.88 元 × 85% = 213.25 元");

        // Before the quarter ends its survey has not closed: billed in full for now, settled later.
        var open = BillOne(Flat, november, [], At(2026, 12, 1));
        Assert.False(open.IsFinal);
        Assert.Equal(Y(250.88m), open.Payable);
        Assert.Null(open.Parts[0].Rate);
        Assert.Contains("has not closed", open.Lines[0].English, StringComparison.Ordinal);

        // The survey closes at the start of 1 January in the estate's zone, not a moment before.
        Assert.False(BillOne(Flat, november, [Survey(Flat.Id, q4, 65)], At(2026, 12, 31) + Duration.FromHours(13) + Duration.FromMinutes(59)).IsFinal);
        Assert.True(BillOne(Flat, november, [Survey(Flat.Id, q4, 65)], new LocalDateTime(2027, 1, 1, 0, 0).InZoneStrictly(Shanghai).ToInstant()).IsFinal);
    }

    [Fact]
    public void F3_a_yearly_prepayment_is_settled_quarter_by_quarter_with_a_refund()
    {
        var year = BillingPeriod.Year(2026);
        var surveys = new[] { (1, 95m), (2, 85m), (3, 75m), (4, 65m) }.Select(p => Survey(Flat.Id, new Quarter(2026, p.Item1), p.Item2)).ToArray();
        var fullFee = FeeCalculator.FullFee(Flat, year, Preset);
        Assert.Equal(Y(3010.56m), fullFee); // 250.88 × 12

        // Q1 95 % → 100 %: 752.64; Q2 85 % → 95 %: 715.01; Q3 75 % → 90 %: 677.38; Q4 65 % → 85 %: 639.74.
        var settled = BillOne(Flat, year, surveys, At(2027, 1, 8), prepaid: fullFee);
        Assert.Equal([Y(752.64m), Y(715.01m), Y(677.38m), Y(639.74m)], settled.Parts.Select(p => p.Payable));
        Assert.Equal([Y(0m), Y(37.63m), Y(75.26m), Y(112.90m)], settled.Parts.Select(p => p.Settlement));
        Assert.Equal(Y(2784.77m), settled.Payable);
        Assert.Equal(Y(3010.56m), settled.Prepaid);
        Assert.Equal(Y(225.79m), settled.Settlement);
        Assert.Equal(settled.Prepaid, settled.Payable + settled.Settlement);
        Assert.Contains("应退 225.79 元（多退少补）", settled.Lines[^1].Chinese, StringComparison.Ordinal);
        LinesAddUp(settled);

        // At the start of July only Q1 and Q2 have closed: Q3 and Q4 stay at the full fee until they do.
        var midYear = BillOne(Flat, year, surveys.Take(2), At(2026, 7, 5), prepaid: fullFee);
        Assert.Equal([true, true, false, false], midYear.Parts.Select(p => p.Settled));
        Assert.Equal(Y(2972.93m), midYear.Payable);
        Assert.Equal(Y(37.63m), midYear.Settlement);
        Assert.False(midYear.IsFinal);

        // An owner who prepaid less than the full fee owes the balance (少补).
        var short_ = BillOne(Flat, year, surveys, At(2027, 1, 8), prepaid: Y(2000m));
        Assert.Equal(Y(-784.77m), short_.Settlement);
        Assert.Equal(Y(2000m), short_.Parts.Select(p => p.Prepaid).Aggregate((a, b) => a + b));
        Assert.Contains("balance due 784.77", short_.Lines[^1].English, StringComparison.Ordinal);
    }

    [Fact]
    public void F3_a_short_prepayment_is_applied_to_the_quarters_oldest_first_each_up_to_its_full_fee()
    {
        // RULES.md (F): 2,000.00 prepaid on a year of 752.64 / 752.64 / 752.64 / 752.64 full fees covers Q1 and Q2 in full,
        // 494.72 of Q3 and nothing of Q4: before satisfaction (no survey yet, each quarter pending at its full fee) the
        // quarters settle as 0.00 / 0.00 / −257.92 / −752.64 — never a refund on one quarter while a later one owes.
        var year = BillingPeriod.Year(2026);
        var statement = BillOne(Flat, year, [], At(2026, 1, 5), prepaid: Y(2000m));
        Assert.Equal([Y(752.64m), Y(752.64m), Y(494.72m), Y(0m)], statement.Parts.Select(p => p.Prepaid));
        Assert.Equal([Y(0m), Y(0m), Y(-257.92m), Y(-752.64m)], statement.Parts.Select(p => p.Settlement));
        Assert.Equal(Y(-1010.56m), statement.Settlement);

        // More than the full fee: each quarter its own full fee, the excess stays with the last quarter.
        var over = BillOne(Flat, year, [], At(2026, 1, 5), prepaid: Y(3100m));
        Assert.Equal([Y(752.64m), Y(752.64m), Y(752.64m), Y(842.08m)], over.Parts.Select(p => p.Prepaid));
        Assert.Equal([Y(0m), Y(0m), Y(0m), Y(89.44m)], over.Parts.Select(p => p.Settlement));

        // The full fee exactly: each quarter exactly its own.
        var full = BillOne(Flat, year, [], At(2026, 1, 5), prepaid: FeeCalculator.FullFee(Flat, year, Preset));
        Assert.All(full.Parts, p => Assert.Equal(Y(0m), p.Settlement));
    }

    [Fact]
    public void F3_a_handover_on_16_September_is_pro_rated_by_the_days_of_September()
    {
        var handedOver = Flat with { HandedOverOn = new LocalDate(2026, 9, 16) };

        // 16–30 September: 15 of 30 days → 250.88 × 15 ÷ 30 = 125.44; Q3 at 85 % → 95 % → 119.168 → 119.17.
        var q3 = BillOne(handedOver, BillingPeriod.OfQuarter(new Quarter(2026, 3)), [Survey(Flat.Id, new Quarter(2026, 3), 85)], At(2026, 10, 8));
        Assert.Equal(Y(125.44m), q3.Base);
        Assert.Equal(Y(119.17m), q3.Payable);
        Assert.Equal(0.5m, q3.Parts[0].Days.Months);
        Assert.Equal(new LocalDate(2026, 9, 16), q3.Parts[0].Days.First);

        // The same with an explicit range from the handover to the year's end: Q3 half a month, Q4 three months in full (pending).
        var range = BillOne(Flat, BillingPeriod.Range(new LocalDate(2026, 9, 16), new LocalDate(2026, 12, 31)), [Survey(Flat.Id, new Quarter(2026, 3), 85)], At(2026, 10, 8));
        Assert.Equal(Y(125.44m + 752.64m), range.Base);
        Assert.Equal(Y(119.17m + 752.64m), range.Payable);

        // A sale on 11 November: the seller pays October and 1–10 November (10 of 30 days): 250.88 + 83.63 = 334.51.
        var sold = Flat with { SoldOn = new LocalDate(2026, 11, 11) };
        Assert.Equal(Y(334.51m), FeeCalculator.FullFee(sold, BillingPeriod.OfQuarter(new Quarter(2026, 4)), Preset));

        // Nothing is billed for a quarter entirely before the handover.
        Assert.Equal(Money.Zero, FeeCalculator.FullFee(Flat with { HandedOverOn = new LocalDate(2026, 10, 1) }, BillingPeriod.OfQuarter(new Quarter(2026, 3)), Preset));
    }

    private static FeeSchedule Commercial => Preset with
    {
        Items = ImmutableDictionary<UnitType, ImmutableArray<FeeItem>>.Empty
            .Add(UnitType.Residence, [FeeItem.Management(Y(2.80m)), new FeeItem("lift", "电梯费", Y(0.30m), FeePricing.PerSquareMetre, bySatisfaction: false)])
            .Add(UnitType.Shop, [new FeeItem("management", "物业服务费", Y(6.50m), FeePricing.PerSquareMetre, bySatisfaction: true), new FeeItem("waste", "垃圾清运费", Y(1.00m), FeePricing.PerSquareMetre, bySatisfaction: false)])
            .Add(UnitType.ParkingSpace, [new FeeItem("parking", "车位管理费", Y(60m), FeePricing.PerUnit, bySatisfaction: true)]),
    };

    [Fact]
    public void F3_a_shop_and_a_parking_space_are_billed_on_one_statement_by_their_own_items()
    {
        var owner = new Household("S-101", [new Premises(UnitType.Shop, 45m), new Premises(UnitType.ParkingSpace, 12.5m)]);
        var q3 = new Quarter(2026, 3);

        // Rate 75 % → factor 90 %. Shop management 45 × 6.50 × 3 = 877.50 → 789.75; waste 45 × 1.00 × 3 = 135.00 (not by
        // satisfaction); parking 60 × 3 = 180.00 → 162.00. Base 1,192.50; payable 1,086.75.
        var statement = BillOne(owner, BillingPeriod.OfQuarter(q3), [Survey(owner.Id, q3, 75)], At(2026, 10, 8), Commercial);
        var charges = statement.Parts[0].Charges;
        Assert.Equal(["management", "waste", "parking"], charges.Select(c => c.Item.Code));
        Assert.Equal([Y(789.75m), Y(135m), Y(162m)], charges.Select(c => c.Payable));
        Assert.Equal([0.90m, 1m, 0.90m], charges.Select(c => c.Factor));
        Assert.Equal(Y(1192.50m), statement.Base);
        Assert.Equal(Y(1086.75m), statement.Payable);
        Assert.Contains(statement.Lines, l => l.English == "垃圾清运费 (shop): 45.00 m² × 1.00 CNY/m²/month × 3.00 months = 135.00 CNY (not by satisfaction)");
        Assert.Contains(statement.Lines, l => l.Chinese == "车位管理费（车位）：60.00 元/个/月 × 3.00 个月 = 180.00 元 × 90% = 162.00 元");
        LinesAddUp(statement);
    }

    [Fact]
    public void F3_a_vacant_unit_pays_the_configured_share_of_the_items_the_policy_names()
    {
        var schedule = Commercial with { Vacancy = new VacancyPolicy(0.7m, "management") };
        var vacant = Flat with { Vacant = true };
        var q3 = new Quarter(2026, 3);

        // No survey: in full. Management 752.64 × 70 % = 526.848 → 526.85; lift 89.6 × 0.30 × 3 = 80.64 in full. 607.49.
        var statement = BillOne(vacant, BillingPeriod.OfQuarter(q3), [], At(2026, 10, 8), schedule);
        Assert.Equal([Y(526.85m), Y(80.64m)], statement.Parts[0].Charges.Select(c => c.Payable));
        Assert.Equal(Y(752.64m), statement.Parts[0].Charges[0].FullBase);
        Assert.Equal(Y(607.49m), statement.Payable);
        Assert.Contains("× vacant 70% = 526.85 CNY", statement.Lines[1].English, StringComparison.Ordinal);

        // The same unit occupied pays both items in full.
        Assert.Equal(Y(833.28m), BillOne(Flat, BillingPeriod.OfQuarter(q3), [], At(2026, 10, 8), schedule).Payable);
    }

    [Fact]
    public void F3_a_linear_schedule_with_a_knee_at_90_percent_pays_85_percent_at_a_75_percent_rate()
    {
        var schedule = Preset with { Factors = FeeFactors.Linear(0.60m, 0.70m, 0.90m), Floor = 0.70m };
        var q3 = new Quarter(2026, 3);

        // 70 % + 30 % × (75 − 60) ÷ (90 − 60) = 85 %: 752.64 × 85 % = 639.744 → 639.74.
        var statement = BillOne(Flat, BillingPeriod.OfQuarter(q3), [Survey(Flat.Id, q3, 75)], At(2026, 10, 8), schedule);
        Assert.Equal(0.85m, statement.Parts[0].Factor);
        Assert.Equal(Y(639.74m), statement.Payable);
        Assert.Contains("linear interpolation → 85%", statement.Lines[1].English, StringComparison.Ordinal);
    }

    [Fact]
    public void F3_an_estate_wide_rate_below_the_minimum_response_falls_back_and_says_so()
    {
        var homes = Enumerable.Range(1, 4).Select(i => new Household($"3-2-120{i}", 89.6m)).ToArray();
        var q3 = new Quarter(2026, 3);
        var schedule = Preset with { Mode = BillingMode.EstateWide, MinimumResponseRate = 0.5m, BelowMinimumResponseFactor = 0.95m };

        // One survey of four households: 25 % < 50 % — the estate rate is not used; everyone pays the fallback 95 %: 715.01.
        var below = FeeCalculator.BillPeriod(homes, [Survey(homes[0].Id, q3, 50)], BillingPeriod.OfQuarter(q3), schedule, Shanghai, At(2026, 10, 8));
        Assert.All(below, s => Assert.Equal(Y(715.01m), s.Payable));
        Assert.All(below, s => Assert.Null(s.Parts[0].Rate));
        Assert.Equal("Response 25% is below the minimum 50%: no estate rate; billed at the fallback factor 95%", below[0].Lines[0].English[(below[0].Lines[0].English.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        Assert.Contains("回收率 25% 低于最低要求 50%", below[1].Lines[0].Chinese, StringComparison.Ordinal);

        // Two of four (50 %) is enough: the estate rate 50 % applies to all (factor 80 %: 602.11).
        var enough = FeeCalculator.BillPeriod(homes, [Survey(homes[0].Id, q3, 50), Survey(homes[1].Id, q3, 50)], BillingPeriod.OfQuarter(q3), schedule, Shanghai, At(2026, 10, 8));
        Assert.All(enough, s => Assert.Equal(Y(602.11m), s.Payable));

        // The quarterly bill says the same.
        var quarterly = FeeCalculator.Bill(homes, [Survey(homes[0].Id, q3, 50)], q3, schedule, Shanghai, At(2026, 10, 8));
        Assert.All(quarterly, s => Assert.Equal(Y(715.01m), s.Payable));
        Assert.Contains("below the minimum 50%", quarterly[3].Lines[1].English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PayableUnit.Fen, MidpointRounding.ToZero, "213.25", "0")]
    [InlineData(PayableUnit.Jiao, MidpointRounding.ToZero, "213.20", "-0.05")]
    [InlineData(PayableUnit.Yuan, MidpointRounding.ToZero, "213", "-0.25")]
    [InlineData(PayableUnit.Jiao, MidpointRounding.AwayFromZero, "213.30", "0.05")]
    public void F3_the_payable_is_rounded_to_the_fen_jiao_or_yuan_and_the_statement_names_the_rounding(PayableUnit unit, MidpointRounding mode, string payable, string adjustment)
    {
        var q4 = new Quarter(2026, 4);
        var statement = BillOne(Flat, BillingPeriod.Month(new YearMonth(2026, 11)), [Survey(Flat.Id, q4, 65)], At(2027, 1, 5), Preset with { PayableUnit = unit, PayableRounding = mode });
        Assert.Equal(Y(decimal.Parse(payable, System.Globalization.CultureInfo.InvariantCulture)), statement.Payable);
        Assert.Equal(Y(decimal.Parse(adjustment, System.Globalization.CultureInfo.InvariantCulture)), statement.RoundingAdjustment);
        Assert.Equal(Y(213.25m), statement.PayableBeforeRounding);
        Assert.Equal(unit != PayableUnit.Fen, statement.Lines.Any(l => l.Chinese.StartsWith("抹零（取整至", StringComparison.Ordinal)));
        LinesAddUp(statement);
    }

    [Fact]
    public void F3_billing_periods_are_months_quarters_half_years_years_or_ranges()
    {
        Assert.Equal((new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), (BillingPeriod.Month(new YearMonth(2026, 2)).Start, BillingPeriod.Month(new YearMonth(2026, 2)).End));
        Assert.Equal(new LocalDate(2026, 12, 31), BillingPeriod.HalfYear(2026, 2).End);
        Assert.Equal(6m, BillingPeriod.HalfYear(2026, 1).LengthInMonths);
        Assert.Equal(4, BillingPeriod.Year(2026).Quarters.Length);
        Assert.Equal(14m, BillingPeriod.Months(new YearMonth(2026, 11), 14).LengthInMonths);
        Assert.Equal(5, BillingPeriod.Months(new YearMonth(2026, 11), 14).Quarters.Length);
        var range = BillingPeriod.Range(new LocalDate(2026, 1, 16), new LocalDate(2026, 2, 14));
        Assert.Equal((16m / 31) + (14m / 28), range.LengthInMonths);
        Assert.False(range.IsWholeMonths);
        Assert.True(BillingPeriod.Range(new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30)).IsWholeMonths);

        // Multiplying before dividing keeps whole amounts whole: 31.00 a month over 15 of 31 days is exactly 15.00.
        Assert.Equal(15m, Proration.Of(new LocalDate(2026, 1, 17), new LocalDate(2026, 1, 31)).Apply(31m));
    }

    [Fact]
    public void F3_bad_input_is_refused_naming_the_field_and_a_refused_bill_produces_nothing()
    {
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => BillingPeriod.Months(new YearMonth(2026, 1), 0)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => BillingPeriod.Months(new YearMonth(2026, 1), -3)).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentException>(() => BillingPeriod.Range(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1))).ParamName);
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => BillingPeriod.HalfYear(2026, 3)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => new VacancyPolicy(1.2m, "management")).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => new VacancyPolicy(-0.1m, "management")).ParamName);
        Assert.Equal("fullRate", Assert.Throws<ArgumentOutOfRangeException>(() => FeeFactors.Linear(0.6m, 0.7m, 0.6m)).ParamName);
        Assert.Equal("fullRate", Assert.Throws<ArgumentOutOfRangeException>(() => FeeFactors.Linear(0.6m, 0.7m, 0.5m)).ParamName);
        Assert.Equal("MinimumResponseRate", Assert.Throws<ArgumentException>(() => (Preset with { MinimumResponseRate = 1.5m }).Validate()).ParamName);
        Assert.Equal("MinimumResponseRate", Assert.Throws<ArgumentException>(() => (Preset with { MinimumResponseRate = -0.5m }).Validate()).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => new FeeItem("lift", "电梯费", Y(-1m), FeePricing.PerSquareMetre, false)).ParamName);

        // A unit type with no price.
        var shop = new Household("S-1", [new Premises(UnitType.Shop, 45m)]);
        var q3 = BillingPeriod.OfQuarter(new Quarter(2026, 3));
        Assert.Equal("Items", Assert.Throws<ArgumentException>(() => FeeCalculator.BillPeriod([shop], [], q3, Preset, Shanghai, At(2026, 10, 8))).ParamName);
        Assert.Equal("Items", Assert.Throws<ArgumentException>(() => (Preset with { Items = ImmutableDictionary<UnitType, ImmutableArray<FeeItem>>.Empty.Add(UnitType.Shop, []) }).Validate()).ParamName);

        // Prepayments of unknown households, negative or fractional fen.
        Assert.Equal("prepayments", Assert.Throws<ArgumentException>(() => FeeCalculator.BillPeriod([Flat], [], q3, Preset, Shanghai, At(2026, 10, 8), new Dictionary<string, Money> { ["X-9"] = Y(1m) })).ParamName);
        Assert.Equal("prepayments", Assert.Throws<ArgumentException>(() => FeeCalculator.BillPeriod([Flat], [], q3, Preset, Shanghai, At(2026, 10, 8), new Dictionary<string, Money> { [Flat.Id] = Y(-1m) })).ParamName);
        Assert.Equal("prepayments", Assert.Throws<ArgumentException>(() => FeeCalculator.BillPeriod([Flat], [], q3, Preset, Shanghai, At(2026, 10, 8), new Dictionary<string, Money> { [Flat.Id] = Y(0.001m) })).ParamName);

        // The quarterly bill knows one residence priced per m²: fee items, vacancy, other premises and mid-quarter handovers go to BillPeriod.
        var q = new Quarter(2026, 3);
        Assert.Equal("schedule", Assert.Throws<ArgumentException>(() => FeeCalculator.Bill([Flat], [], q, Commercial, Shanghai, At(2026, 10, 8))).ParamName);
        Assert.Equal("households", Assert.Throws<ArgumentException>(() => FeeCalculator.Bill([shop], [], q, Preset, Shanghai, At(2026, 10, 8))).ParamName);
        Assert.Equal("households", Assert.Throws<ArgumentException>(() => FeeCalculator.Bill([Flat with { HandedOverOn = new LocalDate(2026, 9, 16) }], [], q, Preset, Shanghai, At(2026, 10, 8))).ParamName);
        Assert.Single(FeeCalculator.Bill([Flat with { HandedOverOn = new LocalDate(2026, 1, 16), Vacant = true }], [], q, Preset, Shanghai, At(2026, 10, 8)));

        // Dates: a sale not after the handover.
        Assert.Throws<ArgumentOutOfRangeException>(() => Flat with { HandedOverOn = new LocalDate(2026, 9, 16), SoldOn = new LocalDate(2026, 9, 16) });

        // A duplicate survey (F1) refuses the whole bill; the inputs are unchanged and billing again gives the same bill.
        var surveys = new List<SatisfactionSurvey> { Survey(Flat.Id, new Quarter(2026, 3), 85), Survey(Flat.Id, new Quarter(2026, 3), 95) };
        Assert.Throws<PropertyOps.Domain.Common.RuleViolationException>(() => FeeCalculator.BillPeriod([Flat], surveys, q3, Preset, Shanghai, At(2026, 10, 8)));
        Assert.Equal(2, surveys.Count);
        var once = BillOne(Flat, q3, surveys.Take(1), At(2026, 10, 8));
        Assert.True(once.SameBill(BillOne(Flat, q3, surveys.Take(1), At(2026, 10, 8))));
    }
}

/// <summary>Large estates are billed on all cores; the bills and the errors are the same as one by one.</summary>
public class LargeEstateBills
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly FeeSchedule Schedule = FeePresets.PayBySatisfaction;

    private static SatisfactionSurvey Survey(string id, int quarter, int score) =>
        new(id, new Quarter(2026, quarter), ScoreScale.Percent, Schedule.Weights.Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (decimal)((score + (p.i * 7)) % 101)),
            Instant.FromUtc(2026, (quarter * 3) - 2, 2, 2, 0), Instant.FromUtc(2026, quarter * 3, 27, 2, 0));

    [Fact]
    public void F3_a_large_estate_billed_at_once_gets_the_bills_each_household_gets_alone()
    {
        var homes = Enumerable.Range(0, 5000).Select(i => new Household($"H{i:D4}", 40m + (i % 97)) with { Vacant = i % 11 == 0, HandedOverOn = i % 13 == 0 ? new LocalDate(2026, 5, 1 + (i % 28)) : null }).ToArray();
        var surveys = Enumerable.Range(1, 4).SelectMany(q => homes.Where((_, i) => (i + q) % 7 != 0).Select((h, i) => Survey(h.Id, q, (i * 37) % 101))).ToList();
        var schedule = Schedule with { Vacancy = new VacancyPolicy(0.6m, "management"), Rounding = MidpointRounding.ToEven };
        var asOf = Instant.FromUtc(2027, 1, 9, 0, 0);
        var all = FeeCalculator.BillPeriod(homes, surveys, BillingPeriod.Year(2026), schedule, Shanghai, asOf);
        for (var i = 0; i < homes.Length; i += 7)
        {
            var alone = FeeCalculator.BillPeriod([homes[i]], surveys.Where(s => s.HouseholdId == homes[i].Id), BillingPeriod.Year(2026), schedule, Shanghai, asOf).Single();
            Assert.True(all[i].SameBill(alone), $"{all[i]} vs {alone}");
            Assert.Equal(all[i].Payable, all[i].Parts.SelectMany(p => p.Charges).Select(c => c.Payable).Aggregate(Money.Zero, (a, b) => a + b));
        }

        var plain = homes.Select(h => new Household(h.Id, h.Area)).ToArray();
        var quarterlySchedule = schedule with { Vacancy = null };
        var quarterly = FeeCalculator.Bill(plain, surveys, new Quarter(2026, 2), quarterlySchedule, Shanghai, asOf);
        Assert.Equal(homes.Length, quarterly.Length);
        Assert.True(quarterly[14].SameBill(FeeCalculator.Bill([plain[14]], surveys.Where(s => s.HouseholdId == homes[14].Id), new Quarter(2026, 2), quarterlySchedule, Shanghai, asOf).Single()));
    }

    [Fact]
    public void F1_F2_a_large_estate_reports_the_first_problem_in_the_order_given()
    {
        var homes = Enumerable.Range(0, 5000).Select(i => new Household($"H{i:D4}", 80m)).ToArray();
        var surveys = homes.Select((h, i) => Survey(h.Id, 3, i % 101)).ToList();
        var asOf = Instant.FromUtc(2026, 10, 9, 0, 0);

        // A duplicate near the end (F1).
        var duplicate = surveys.Append(Survey("H4321", 3, 50)).ToList();
        var f1 = Assert.Throws<PropertyOps.Domain.Common.RuleViolationException>(() => FeeCalculator.BillPeriod(homes, duplicate, BillingPeriod.OfQuarter(new Quarter(2026, 3)), Schedule, Shanghai, asOf));
        Assert.Equal("F1", f1.Violation.Rule.ToString());
        Assert.Contains("H***1", f1.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("H4321", f1.Message, StringComparison.Ordinal);

        // An unknown household before the duplicate is reported first; a survey of a quarter not yet begun (F2) before both, first.
        var unknown = surveys.Take(100).Append(Survey("X-1", 3, 50)).Concat(duplicate.Skip(100)).ToList();
        Assert.IsType<ArgumentException>(Assert.ThrowsAny<ArgumentException>(() => FeeCalculator.BillPeriod(homes, unknown, BillingPeriod.OfQuarter(new Quarter(2026, 3)), Schedule, Shanghai, asOf)));
        var early = unknown.Take(50).Append(new SatisfactionSurvey("H0001", new Quarter(2027, 1), ScoreScale.Percent, Schedule.Weights.Keys.ToDictionary(k => k, _ => 90m), asOf, asOf)).Concat(unknown.Skip(50)).ToList();
        Assert.Equal("F2", Assert.Throws<PropertyOps.Domain.Common.RuleViolationException>(() => FeeCalculator.BillPeriod(homes, early, BillingPeriod.OfQuarter(new Quarter(2026, 3)), Schedule, Shanghai, asOf)).Violation.Rule.ToString());
    }
}
