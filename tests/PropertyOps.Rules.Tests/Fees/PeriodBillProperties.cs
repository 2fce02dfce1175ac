using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;

namespace PropertyOps.Rules.Tests.Fees;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class PeriodBillProperties
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Instant NextYear = Instant.FromUtc(2027, 1, 10, 2, 0);

    private static Household Home(PeriodCase c) =>
        new Household("H1", c.Area) with { Vacant = c.Vacant, HandedOverOn = c.HandoverDay == 0 ? null : new LocalDate(2026, 1, 1).PlusDays(c.HandoverDay - 1) };

    private static List<SatisfactionSurvey> Surveys(PeriodCase c, string id = "H1") =>
        [.. c.Scores.Select((score, i) => (score, quarter: new Quarter(2026, i + 1)))
            .Where(p => p.score is not null)
            .Select(p => new SatisfactionSurvey(id, p.quarter, ScoreScale.Percent, c.Schedule.Weights.Keys.ToDictionary(k => k, _ => (decimal)p.score!.Value),
                Instant.FromUtc(p.quarter.Start.Year, p.quarter.Start.Month, 2, 2, 0), Instant.FromUtc(p.quarter.End.Year, p.quarter.End.Month, p.quarter.End.Day - 2, 2, 0)))];

    private static PeriodStatement Bill(PeriodCase c, BillingPeriod period, Household? home = null, Money? prepaid = null, FeeSchedule? schedule = null)
    {
        var h = home ?? Home(c);
        return FeeCalculator.BillPeriod([h], Surveys(c), period, schedule ?? c.Schedule, Shanghai, NextYear, prepaid is { } p ? new Dictionary<string, Money> { [h.Id] = p } : null).Single();
    }

    [Property]
    public void F3_the_payable_never_exceeds_the_base_nor_falls_below_the_floor(PeriodCase c)
    {
        var statement = Bill(c, BillingPeriod.Year(2026));
        foreach (var part in statement.Parts)
        {
            Assert.InRange(part.Factor, c.Schedule.Floor, 1m);
            foreach (var charge in part.Charges)
            {
                Assert.True(charge.Payable <= charge.Base, $"{charge}");
                Assert.True(charge.Payable.Amount >= Math.Round(charge.Base.Amount * c.Schedule.Floor, 2, c.Schedule.Rounding), $"{charge}");
            }

            Assert.True(part.Payable <= part.Base);
        }

        Assert.True(statement.Payable <= statement.Base);
        Assert.True(statement.Payable.Amount >= Math.Round(statement.Base.Amount * c.Schedule.Floor, 2) - (0.01m * statement.Parts.Sum(p => p.Charges.Length)));
    }

    [Property]
    public void F3_billing_a_year_by_its_quarters_gives_the_years_total_exactly_and_by_its_months_within_a_fen_per_item_line(PeriodCase c)
    {
        var year = Bill(c, BillingPeriod.Year(2026));
        var quarters = Enumerable.Range(1, 4).Select(q => Bill(c, BillingPeriod.OfQuarter(new Quarter(2026, q)))).ToList();
        var months = Enumerable.Range(1, 12).Select(m => Bill(c, BillingPeriod.Month(new YearMonth(2026, m)))).ToList();
        Assert.Equal(year.Payable, quarters.Select(q => q.Payable).Aggregate((a, b) => a + b));
        Assert.Equal(year.Base, quarters.Select(q => q.Base).Aggregate((a, b) => a + b));

        // Each item line of a monthly bill is rounded on its own (base, vacancy share, factor: each to the fen), so a
        // month's lines may differ from their share of the quarter's lines by up to a fen each.
        var lines = months.Sum(m => m.Parts.Sum(p => p.Charges.Length));
        Assert.InRange(Math.Abs(months.Sum(m => m.Payable.Amount) - year.Payable.Amount), 0m, 0.01m * lines);
        Assert.InRange(Math.Abs(months.Sum(m => m.Base.Amount) - year.Base.Amount), 0m, 0.01m * lines);
    }

    [Property]
    public void F3_months_add_up_to_the_year_exactly_when_every_monthly_amount_is_whole_yuan(PeriodCase c, PositiveInt hundreds)
    {
        // 100·k m² at a price in fen makes every monthly item amount whole yuan, and tier factors have two decimals (no
        // vacancy share, no partial months): nothing is ever rounded, so the months add up to the year exactly.
        var exact = c with { Area = 100m * ((hundreds.Get % 30) + 1), HandoverDay = 0, Vacant = false };
        if (!exact.Schedule.Factors.IsTiered)
        {
            return;
        }

        var home = Home(exact);
        var year = Bill(exact, BillingPeriod.Year(2026), home);
        var months = Enumerable.Range(1, 12).Select(m => Bill(exact, BillingPeriod.Month(new YearMonth(2026, m)), home)).ToList();
        Assert.Equal(year.Payable.Amount, months.Sum(m => m.Payable.Amount));
    }

    [Property]
    public void F3_settlement_plus_payable_equals_prepaid_to_the_fen(PeriodCase c, NonNegativeInt fen, bool full, byte unit)
    {
        var units = new[] { PayableUnit.Fen, PayableUnit.Jiao, PayableUnit.Yuan };
        var schedule = c.Schedule with { PayableUnit = units[unit % 3] };
        var home = Home(c);
        var prepaid = full ? FeeCalculator.FullFee(home, BillingPeriod.Year(2026), schedule) : Money.Yuan((fen.Get % 10_000_000) / 100m);
        var statement = Bill(c, BillingPeriod.Year(2026), home, prepaid, schedule);
        Assert.Equal(prepaid, statement.Settlement + statement.Payable);
        Assert.Equal(prepaid, statement.Parts.Select(p => p.Prepaid).Aggregate((a, b) => a + b));
        Assert.Equal(statement.PayableBeforeRounding, statement.Parts.Select(p => p.Payable).Aggregate((a, b) => a + b));
        Assert.Equal(statement.Payable.Amount, statement.Lines.Where(l => l.Amount is not null).Sum(l => l.Amount!.Value.Amount));
        if (full)
        {
            Assert.All(statement.Parts, p => Assert.Equal(p.Base, p.Prepaid));
            Assert.True(statement.Settlement.Amount >= 0 || schedule.PayableRounding != MidpointRounding.ToZero);
        }
    }

    [Property]
    public void F3_the_printed_rate_of_every_part_is_the_rate_used_for_its_band(PeriodCase c)
    {
        foreach (var part in Bill(c, BillingPeriod.Year(2026)).Parts)
        {
            if (part.Rate is { } rate)
            {
                var printed = SatisfactionRate.FromPercent(decimal.Parse(rate.ToString().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(rate, printed);
                Assert.Equal(Math.Clamp(c.Schedule.Factors.FactorFor(printed), c.Schedule.Floor, 1), part.Factor);
            }
        }
    }

    [Property]
    public void F3_raising_any_one_items_score_never_lowers_the_bill_factor(FeeCase c, byte[] scores, byte item, byte raise, bool shareSatisfied)
    {
        var schedule = c.Schedule with { Method = shareSatisfied ? RateMethod.ShareSatisfied : RateMethod.WeightedMean };
        var items = schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
        var before = items.Select((k, i) => (k, score: scores is { Length: > 0 } ? scores[i % scores.Length] % 101 : 50)).ToDictionary(p => p.k, p => (decimal)p.score);
        var raised = new Dictionary<ServiceItem, decimal>(before);
        var target = items[item % items.Length];
        raised[target] = Math.Min(100, raised[target] + raise);
        var q = new Quarter(2026, 3);
        SatisfactionSurvey Survey(Dictionary<ServiceItem, decimal> s) => new("H1", q, ScoreScale.Percent, s, Instant.FromUtc(2026, 7, 2, 2, 0), Instant.FromUtc(2026, 9, 28, 2, 0));
        var home = new Household("H1", 90m);
        var low = FeeCalculator.BillPeriod([home], [Survey(before)], BillingPeriod.OfQuarter(q), schedule, Shanghai, NextYear).Single();
        var high = FeeCalculator.BillPeriod([home], [Survey(raised)], BillingPeriod.OfQuarter(q), schedule, Shanghai, NextYear).Single();
        Assert.True(high.Parts[0].Factor >= low.Parts[0].Factor, $"{low.Parts[0]} then {high.Parts[0]}");
        Assert.True(high.Payable >= low.Payable);
    }
}
