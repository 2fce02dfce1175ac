using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Grains;
using PropertyOps.Cluster.Storage;
using PropertyOps.Domain.Cards;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Serialization;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Tests;

public sealed class ClusterTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly SqliteEventLog _log = new(ClusterFixture.Database);

    [Fact]
    public async Task Ten_thousand_complaints_in_fifty_estates_the_estates_overdue_lists_equal_a_full_sweep_and_survive_a_silo_kill()
    {
        var demo = new Demo(fixture.Cluster.Client, ClusterFixture.Clock, estates: 50, complaintsPerEstate: 200);
        var checkpoints = new[] { Demo.Start + Duration.FromHours(2), Demo.Start + Duration.FromHours(5) };
        var from = Demo.Start;
        var sent = 0;
        foreach (var checkpoint in checkpoints)
        {
            sent += await demo.PlayAsync(from, checkpoint);
            await AssertOverdueEqualsSweep(demo, checkpoint);
            from = checkpoint;
        }

        // A silo dies between two minutes: the estates and complaints it held reactivate on the other, from the logs.
        Assert.Equal(2, fixture.Cluster.GetActiveSilos().Count());
        await fixture.Cluster.KillSiloAsync(fixture.Cluster.SecondarySilos[0]);
        var end = Demo.Start + Duration.FromHours(10);
        sent += await demo.PlayAsync(from, end);
        await AssertOverdueEqualsSweep(demo, end);

        // No accepted event was lost, none recorded twice: every request's key is in its complaint's log exactly once.
        var script = demo.Script().Where(s => s.At < end).ToList();
        Assert.Equal(script.Count, sent);
        var histories = await AllHistories(demo);
        var keys = histories.SelectMany(h => h).Select(e => e.CommandId).ToList();
        Assert.Equal(script.Count, keys.Count);
        Assert.Equal(script.Select(s => s.Request.CommandId).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));

        // A client that timed out retries with the same key: accepted, nothing recorded.
        var (_, id, request) = script[^1];
        var retry = await demo.SendAsync(id, request);
        Assert.True(retry.Accepted);
        Assert.Equal(0, retry.Recorded);
        Assert.Equal((await _log.ReadAsync(id)).Events.Count, await fixture.Cluster.Client.GetGrain<IComplaintGrain>(id).LogLength());
    }

    [Fact]
    public async Task K5_the_group_card_tally_merged_from_estates_equals_one_tally_of_all_ballots()
    {
        var demo = new Demo(fixture.Cluster.Client, ClusterFixture.Clock, estates: 6, complaintsPerEstate: 0);
        var random = new Random(5);
        var ballots = new List<(string Estate, string Household, CardTarget Target, CardColour Colour)>();
        var castAt = Instant.FromUtc(2026, 11, 10, 2, 0);
        foreach (var estate in demo.Estates.Select(e => $"K-{e}"))
        {
            foreach (var household in EstateGrain.Roster(estate, 200).Where(_ => random.Next(3) > 0))
            {
                foreach (var target in new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee })
                {
                    var colour = (CardColour)random.Next(1, 4);
                    var refusal = await fixture.Cluster.Client.GetGrain<IEstateGrain>(estate).Cast(household, 2026, 11, (int)target, (int)colour, castAt.ToUnixTimeTicks(), castAt.ToUnixTimeTicks());
                    Assert.Null(refusal);
                    ballots.Add((estate, household, target, colour));
                }
            }
        }

        var merged = (await Task.WhenAll(demo.Estates.Select(e => fixture.Cluster.Client.GetGrain<IEstateGrain>($"K-{e}").Tally(2026, 11))))
            .Aggregate(TallySummary.Empty, (a, b) => a.Merge(b));

        // One tally of all ballots: cards by target and colour, households voting per target, households served.
        var targets = new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee };
        var colours = new[] { CardColour.Blue, CardColour.Yellow, CardColour.Red };
        var expected = new TallySummary(
            [.. from t in targets from c in colours select (long)ballots.Count(b => b.Target == t && b.Colour == c)],
            [.. targets.Select(t => (long)ballots.Where(b => b.Target == t).Select(b => (b.Estate, b.Household)).Distinct().Count())],
            6 * 200);
        Assert.True(expected.Same(merged), $"expected {string.Join(",", expected.Cards)} / {string.Join(",", expected.Voters)}, got {string.Join(",", merged.Cards)} / {string.Join(",", merged.Voters)}");

        // A second card of the same colour for the same target is refused by the estate's box (K2).
        var (estateOf, householdOf, targetOf, colourOf) = ballots[0];
        Assert.StartsWith("K2", await fixture.Cluster.Client.GetGrain<IEstateGrain>(estateOf).Cast(householdOf, 2026, 11, (int)targetOf, (int)colourOf, castAt.ToUnixTimeTicks(), castAt.ToUnixTimeTicks()));
    }

    [Fact]
    public async Task C1_a_refused_command_records_nothing_and_names_its_rule()
    {
        var grain = fixture.Cluster.Client.GetGrain<IComplaintGrain>("R-TS-000001");
        var at = Demo.Start.ToUnixTimeTicks();
        var register = await grain.Execute(new ComplaintRequest { Kind = RequestKind.Register, AtTicks = at, ActorId = "D001", ActorRole = (int)ActorRole.FrontDesk });
        Assert.False(register.Accepted);
        Assert.Equal("C1", register.Rule);

        var noEstate = await grain.Execute(new ComplaintRequest { Kind = RequestKind.Receive, AtTicks = at, ActorId = "S001", ActorRole = (int)ActorRole.Staff, Number = (int)Channel.Visit });
        Assert.False(noEstate.Accepted);
        Assert.Contains("estate", noEstate.Message, StringComparison.Ordinal);

        var badActor = await grain.Execute(new ComplaintRequest { Kind = RequestKind.Receive, AtTicks = at, ActorId = "", ActorRole = (int)ActorRole.Staff, Estate = "R" });
        Assert.False(badActor.Accepted);
        Assert.Equal(0, await grain.LogLength());
        Assert.Empty((await _log.ReadAsync("R-TS-000001")).Events);
    }

    private async Task AssertOverdueEqualsSweep(Demo demo, Instant now)
    {
        var fromEstates = (await demo.GroupOverdueAsync(now)).Select(a => (a.ComplaintId, a.Rule, a.Cycle)).Order().ToList();
        var histories = await AllHistories(demo);
        var sweep = SlaEngine.Sweep(histories, SlaPresets.CustomerServiceRegulation, Domain.Calendars.ChinaWorkingCalendar.Default, now, Duration.Zero);
        var expected = sweep.Breaches.Select(b => (b.ComplaintId.Value, b.Rule.Value, b.Cycle)).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, fromEstates);
    }

    private async Task<List<IReadOnlyList<ComplaintEvent>>> AllHistories(Demo demo)
    {
        var all = new List<IReadOnlyList<ComplaintEvent>>();
        foreach (var estate in demo.Estates)
        {
            all.AddRange(await _log.ReadEstateAsync(estate));
        }

        return all;
    }
}
