using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Cards;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Tests.Cards;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public class CardProperties
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly YearMonth Month = new(2026, 11);

    [Property]
    public void K2_no_household_ever_exceeds_its_allotment_and_refusals_change_nothing(CardCase c)
    {
        var box = Play(c, out _);
        foreach (var group in box.Ballots.GroupBy(b => b.HouseholdId))
        {
            Assert.True(group.Count() <= 6);
            Assert.Equal(group.Count(), group.Select(b => (b.Target, b.Colour)).Distinct().Count());
        }
    }

    [Property]
    public void K4_a_card_or_make_up_cast_after_the_count_or_outside_its_month_is_always_refused(FsCheck.PositiveInt monthSeed, FsCheck.PositiveInt offset, bool makeUp)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var month = new YearMonth(2020, 1).PlusMonths(monthSeed.Get % 120);
        var box = BallotBox.Open("翠苑小区", month, ["1-101"], zone);
        // Any day from the day after the count to 45 days later, or any day of an earlier month.
        var after = offset.Get % 2 == 0;
        var day = after ? box.CountDate.PlusDays(1 + (offset.Get % 45)) : month.OnDayOfMonth(1).PlusDays(-(1 + (offset.Get % 45)));
        var at = day.At(new LocalTime(10, 0)).InZoneStrictly(zone).ToInstant();
        var ballot = new Ballot("1-101", month, CardTarget.PropertyCompany, CardColour.Blue, at, excuse: makeUp ? AbsenceReason.Abroad : null);
        var refusal = box.Decide(ballot, at + Duration.FromDays(60)).Violation;
        Assert.NotNull(refusal);
        Assert.Equal(after ? "K4" : "K3", refusal!.Rule.Value);
        Assert.Equal(refusal, Assert.Throws<RuleViolationException>(() => box.Cast(ballot, at + Duration.FromDays(60))).Violation);

        // On the count day itself the card still counts.
        var countDay = box.CountDate.At(new LocalTime(9, 0)).InZoneStrictly(zone).ToInstant();
        Assert.Null(box.Decide(new Ballot("1-101", month, CardTarget.PropertyCompany, CardColour.Blue, countDay, excuse: makeUp ? AbsenceReason.Abroad : null), countDay).Violation);
    }

    [Property]
    public void K2_casting_the_same_ballot_twice_is_refused_and_leaves_the_tally_unchanged(CardCase c)
    {
        var box = Play(c, out _);
        foreach (var ballot in box.Ballots.Take(5))
        {
            var tally = box.Tally();
            Assert.NotNull(box.Decide(ballot, ballot.CastAt + Duration.FromDays(40)).Violation);
            Assert.Throws<RuleViolationException>(() => box.Cast(ballot, ballot.CastAt + Duration.FromDays(40)));
            Assert.Equal(tally, box.Tally());
        }
    }

    [Property]
    public void K5_the_tally_is_the_same_for_any_order_of_the_cards(CardCase c)
    {
        var cards = Play(c, out _).ToCastCards();
        var random = new Random(c.Casts.Length);
        Assert.Equal(CardTally.Of(cards, c.Households), CardTally.Of(cards.OrderBy(_ => random.Next()).ToArray(), c.Households));
    }

    [Property]
    public void K5_tallies_form_a_commutative_monoid_so_a_count_can_be_split_anywhere(CardCase c)
    {
        var cards = Play(c, out _).ToCastCards();
        var parts = Enumerable.Range(0, 3).Select(p => cards.Where((_, i) => c.Split[i % c.Split.Length] == p).ToArray()).Select(p => CardTally.Of(p, c.Households)).ToArray();
        var empty = CardTally.Empty(c.Households);
        var whole = CardTally.Of(cards, c.Households);
        Assert.Equal(whole, parts[0].Merge(parts[1]).Merge(parts[2]));
        Assert.Equal(parts[0].Merge(parts[1].Merge(parts[2])), parts[0].Merge(parts[1]).Merge(parts[2]));
        Assert.Equal(parts[0].Merge(parts[1]), parts[1].Merge(parts[0]));
        Assert.Equal(whole, whole.Merge(empty));
        Assert.Equal(whole, empty.Merge(whole));
    }

    [Property]
    public void K4_voters_and_abstentions_account_for_every_household_and_target(CardCase c)
    {
        var tally = Play(c, out _).Tally();
        foreach (var target in Enum.GetValues<CardTarget>())
        {
            Assert.Equal(c.Households, tally.Voters(target) + tally.Abstentions(target));
            Assert.InRange(tally.Cards(target), tally.Voters(target), 3L * tally.Voters(target));
        }
    }

    private static BallotBox Play(CardCase c, out int refused)
    {
        var box = BallotBox.Open("E", Month, Enumerable.Range(0, c.Households).Select(h => $"H{h}"), Zone);
        refused = 0;
        var start = new LocalDateTime(2026, 11, 1, 9, 0).InZoneStrictly(Zone).ToInstant();
        foreach (var cast in c.Casts)
        {
            var at = start + Duration.FromDays(cast.Day) + Duration.FromMinutes(cast.Household);
            var ballot = new Ballot($"H{cast.Household}", Month, (CardTarget)cast.Target, (CardColour)cast.Colour, at, excuse: cast.Excused ? AbsenceReason.Abroad : null);
            if (box.Decide(ballot, at + Duration.FromMinutes(1)).IsAccepted)
            {
                box = box.Cast(ballot, at + Duration.FromMinutes(1));
            }
            else
            {
                var count = box.Ballots.Count;
                Assert.Throws<RuleViolationException>(() => box.Cast(ballot, at + Duration.FromMinutes(1)));
                Assert.Equal(count, box.Ballots.Count);
                refused++;
            }
        }

        return box;
    }
}
