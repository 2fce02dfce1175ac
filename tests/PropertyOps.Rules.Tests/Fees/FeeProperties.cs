using FsCheck.Xunit;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using NodaTime;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;

namespace PropertyOps.Rules.Tests.Fees;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class FeeProperties
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly Instant Returned = Instant.FromUtc(2026, 9, 28, 2, 0);
    private static readonly Instant BillDay = Instant.FromUtc(2026, 10, 8, 2, 0);

    private static SatisfactionSurvey Survey(FeeSchedule schedule, string household, decimal score) =>
        new(household, Q3, ScoreScale.Percent, schedule.Weights.Keys.ToDictionary(k => k, _ => score), Returned - Duration.FromDays(80), Returned);

    private static ImmutableArray<FeeStatement> Bill(FeeCase c, FeeSchedule? schedule = null, IEnumerable<SatisfactionSurvey>? surveys = null) =>
        FeeCalculator.Bill(
            c.Households,
            surveys ?? Surveys(c),
            Q3,
            schedule ?? c.Schedule,
            Shanghai,
            BillDay);

    private static List<SatisfactionSurvey> Surveys(FeeCase c) =>
        c.Households.Select((h, i) => (h, score: c.Scores[i])).Where(p => p.score is not null).Select(p => Survey(c.Schedule, p.h.Id, p.score!.Value)).ToList();

    [Property]
    public void F3_the_quarterly_bill_is_the_quarters_part_of_the_period_bill(FeeCase c)
    {
        // One pipeline (#20): Bill(q) is BillPeriod(OfQuarter(q)) once the quarter's survey has closed.
        var quarterly = Bill(c);
        var period = FeeCalculator.BillPeriod(c.Households, Surveys(c), BillingPeriod.OfQuarter(Q3), c.Schedule, Shanghai, BillDay);
        Assert.Equal(period.Length, quarterly.Length);
        for (var i = 0; i < quarterly.Length; i++)
        {
            var (q, part) = (quarterly[i], period[i].Parts.Single());
            Assert.Equal(period[i].HouseholdId, q.HouseholdId);
            Assert.Equal(part.Quarter, q.Quarter);
            Assert.Equal(part.Base, q.Base);
            Assert.Equal(part.Rate, q.Rate);
            Assert.Equal(part.Factor, q.Factor);
            Assert.Equal(part.Payable, q.Payable);
            Assert.Equal(part.Responded, q.Responded);
            Assert.Equal(string.Join(" | ", part.Flags), string.Join(" | ", q.Flags));
            Assert.True(part.Settled);

            // And both are the regulation's arithmetic: base = area × price × 3 months, payable = base × factor, each to the fen.
            var @base = Math.Round(c.Households[i].Area * c.Schedule.UnitPrice.Amount * 3, 2, c.Schedule.Rounding);
            Assert.Equal(@base, q.Base.Amount);
            Assert.Equal(q.Factor == 1m ? @base : Math.Round(@base * q.Factor, 2, c.Schedule.Rounding), q.Payable.Amount);
        }
    }

    [Property]
    public void F3_base_and_payable_are_rounded_to_the_fen_as_the_schedule_says_in_every_rounding_mode(FeeCase c, byte pick)
    {
        // The integer fast paths (area × price × months, base × factor) round as Math.Round does, mode by mode.
        MidpointRounding[] modes = [MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero, MidpointRounding.ToPositiveInfinity, MidpointRounding.ToNegativeInfinity];
        var schedule = c.Schedule with { Rounding = modes[pick % modes.Length] };
        var bill = Bill(c with { Schedule = schedule });
        for (var i = 0; i < bill.Length; i++)
        {
            var @base = Math.Round(c.Households[i].Area * schedule.UnitPrice.Amount * 3, 2, schedule.Rounding);
            Assert.Equal(@base, bill[i].Base.Amount);
            Assert.Equal(bill[i].Factor == 1m ? @base : Math.Round(@base * bill[i].Factor, 2, schedule.Rounding), bill[i].Payable.Amount);
        }
    }

    [Property]
    public void F3_a_statement_s_rate_is_its_survey_s_published_rate(FeeCase c, byte[] scores, byte weightSeed, byte places, bool shareSatisfied)
    {
        // The bill rates surveys of whole scores and weights in integers; RateOf(survey, schedule) rates in decimal.
        var items = c.Schedule.Weights.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
        var schedule = c.Schedule with
        {
            Method = shareSatisfied ? RateMethod.ShareSatisfied : RateMethod.WeightedMean,
            PublishedRateDecimals = places % 11,
            Weights = items.Select((k, i) => (k, w: (decimal)(1 + ((weightSeed + (i * 37)) % 9)))).ToImmutableDictionary(p => p.k, p => p.w),
        };
        var surveys = c.Households.Select((h, n) => new SatisfactionSurvey(
            h.Id, Q3, ScoreScale.Percent,
            items.Select((k, i) => (k, score: scores is { Length: > 0 } ? scores[(n + i) % scores.Length] % 101 : 50)).ToDictionary(p => p.k, p => (decimal)p.score),
            Returned - Duration.FromDays(80), Returned)).ToList();
        var bill = FeeCalculator.Bill(c.Households, surveys, Q3, schedule, Shanghai, BillDay);
        for (var i = 0; i < bill.Length; i++)
        {
            Assert.Equal(FeeCalculator.RateOf(surveys[i], schedule), bill[i].Rate);
        }
    }

    [Property]
    public void Payable_never_decreases_as_the_rate_rises(FeeCase c, byte a, byte b)
    {
        var (low, high) = (Math.Min(a, b) * 100m / 255, Math.Max(a, b) * 100m / 255);
        var home = c.Households[0];
        var lower = FeeCalculator.Bill([home], [Survey(c.Schedule, home.Id, low)], Q3, c.Schedule, Shanghai, BillDay)[0];
        var higher = FeeCalculator.Bill([home], [Survey(c.Schedule, home.Id, high)], Q3, c.Schedule, Shanghai, BillDay)[0];
        Assert.True(lower.Payable <= higher.Payable, $"{low} → {lower.Payable}, {high} → {higher.Payable}");
    }

    [Property]
    public void Floor_times_base_is_at_most_payable_which_is_at_most_base(FeeCase c)
    {
        foreach (var statement in Bill(c))
        {
            Assert.True((statement.Base * c.Schedule.Floor).Round(c.Schedule.Rounding) <= statement.Payable);
            Assert.True(statement.Payable <= statement.Base);
            Assert.True(statement.Payable.IsWholeFen && statement.Base.IsWholeFen);
        }
    }

    [Property]
    public void Statement_lines_sum_to_the_total_and_shares_split_it_exactly(FeeCase c)
    {
        foreach (var statement in Bill(c))
        {
            Assert.Equal(statement.Payable, statement.Lines.Where(l => l.Amount is not null).Select(l => l.Amount!.Value).Aggregate((x, y) => x + y));
            Assert.Equal(statement.Payable, statement.Shares.Select(s => s.Amount).Aggregate((x, y) => x + y));
        }
    }

    [Property]
    public void Allocation_parts_sum_exactly_and_each_is_within_one_fen_of_its_share(int fen, NonEmptyArray<byte> weights)
    {
        var amount = Money.Yuan(fen / 100m);
        var w = weights.Get.Select(x => (decimal)x).ToArray();
        if (w.Sum() == 0)
        {
            w[0] = 1;
        }

        var parts = amount.Allocate(w);
        Assert.Equal(amount, parts.Aggregate((x, y) => x + y));
        for (var i = 0; i < w.Length; i++)
        {
            var exact = amount.Amount * w[i] / w.Sum();
            Assert.True(Math.Abs(parts[i].Amount - exact) < 0.01m, $"part {parts[i]} vs exact {exact}");
            Assert.True(parts[i].IsWholeFen);
        }
    }

    [Property]
    public void Per_owner_and_estate_wide_agree_when_every_owner_gives_the_same_scores(FeeCase c, byte score)
    {
        var same = c.Households.Select(h => Survey(c.Schedule, h.Id, score * 100m / 255)).ToList();
        var perOwner = Bill(c, c.Schedule with { Mode = BillingMode.PerOwner }, same);
        var estateWide = Bill(c, c.Schedule with { Mode = BillingMode.EstateWide }, same);
        Assert.All(perOwner.Zip(estateWide), p => Assert.True(p.First.SameBill(p.Second)));
    }

    [Property]
    public void F3_the_printed_rate_is_the_rate_used_for_the_band(FeeCase c)
    {
        foreach (var statement in Bill(c))
        {
            if (statement.Rate is { } rate)
            {
                Assert.Equal(rate.Fraction, Math.Round(rate.Fraction, c.Schedule.PublishedRateDecimals));
                Assert.Equal(Math.Clamp(c.Schedule.Factors.FactorFor(rate), c.Schedule.Floor, 1), statement.Factor);
            }
        }
    }

    [Property]
    public void Permuting_the_surveys_changes_no_bill(FeeCase c, int seed)
    {
        var surveys = Surveys(c);
        var shuffled = surveys.OrderBy(s => HashCode.Combine(seed, s.HouseholdId)).ToList();
        foreach (var mode in new[] { BillingMode.PerOwner, BillingMode.EstateWide })
        {
            var schedule = c.Schedule with { Mode = mode, NonRespondents = NonRespondentRule.EstateAverage };
            var original = Bill(c, schedule, surveys);
            var permuted = Bill(c, schedule, shuffled);
            Assert.All(original.Zip(permuted), p => Assert.True(p.First.SameBill(p.Second)));
        }
    }
}
