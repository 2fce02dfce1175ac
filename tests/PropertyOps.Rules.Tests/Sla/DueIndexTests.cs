using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using static PropertyOps.Rules.Tests.Sla.History;

namespace PropertyOps.Rules.Tests.Sla;

/// <summary>The due index against the SLA engine it indexes: incremental, rebuilt, and driven by a host loop.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public class DueIndexTests
{
    private static readonly SlaPolicy Policy = SlaPresets.CustomerServiceRegulation;
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;

    /// <summary>The same history under another complaint id (generated scripts may share ids).</summary>
    private static IReadOnlyList<ComplaintEvent> WithId(IReadOnlyList<ComplaintEvent> events, string id)
    {
        var r = (ComplaintReceived)events[0];
        return [new ComplaintReceived(r.At, r.Actor, ComplaintId.Parse(id), r.Complainant, r.Subject, r.Channel, r.Category, r.Households, r.Appointment, r.AgainstEmployee) { CommandId = r.CommandId }, .. events.Skip(1)];
    }

    private static List<IReadOnlyList<ComplaintEvent>> Histories(SlaCase[] cases) => [.. cases.Select((c, i) => WithId(c.Events, $"C-{i:D3}"))];

    private static ComplaintId IdOf(IReadOnlyList<ComplaintEvent> events) => ((ComplaintReceived)events[0]).ComplaintId;

    [Property]
    public void Due_is_exactly_the_open_complaints_whose_next_instant_has_come_in_due_order(FsCheck.NonEmptyArray<SlaCase> cases, FsCheck.PositiveInt minutes)
    {
        var histories = Histories(cases.Get);
        var at = histories.Max(h => h[^1].At);
        var index = new DueIndex(Policy, China);
        foreach (var events in histories)
        {
            index.Update(IdOf(events), events, at);
        }

        var now = at + Duration.FromMinutes(minutes.Get % (3 * 24 * 60));
        var expected = histories
            .Select(events => (Id: IdOf(events), Next: SlaEngine.NextDue(events, Policy, China, at)))
            .Where(x => x.Next is { } next && next <= now)
            .OrderBy(x => x.Next).ThenBy(x => x.Id.Value, StringComparer.Ordinal)
            .Select(x => new DueComplaint(x.Id, x.Next!.Value));
        Assert.Equal(expected, index.Due(now));
        Assert.Equal(histories.Count(events => SlaEngine.NextDue(events, Policy, China, at) is not null), index.Count);
        Assert.All(histories.Where(events => Complaint.Replay(events).Status == ComplaintStatus.Closed), events => Assert.Null(index.Find(IdOf(events))));
    }

    [Property]
    public void Built_incrementally_over_any_interleaving_of_events_the_index_equals_the_rebuild(FsCheck.NonEmptyArray<SlaCase> cases, int seed)
    {
        var histories = Histories(cases.Get);
        var random = new Random(seed);
        var positions = new int[histories.Count];
        var index = new DueIndex(Policy, China);

        // Each complaint's events in order, complaints interleaved at random; an older prefix replayed now and then.
        var remaining = histories.Sum(h => h.Count);
        while (remaining > 0)
        {
            var k = random.Next(histories.Count);
            if (positions[k] == histories[k].Count)
            {
                continue;
            }

            var prefix = histories[k].Take(++positions[k]).ToList();
            index.Update(IdOf(prefix), prefix, prefix[^1].At);
            remaining--;
            if (random.Next(5) == 0 && prefix.Count > 1)
            {
                var older = prefix.Take(random.Next(1, prefix.Count)).ToList();
                Assert.False(index.Update(IdOf(older), SlaEngine.NextDue(older, Policy, China, older[^1].At), older.Count)); // ignored
            }
        }

        var rebuilt = DueIndex.Rebuild(histories, Policy, China, Instant.FromUtc(2000, 1, 1, 0, 0), degreeOfParallelism: 2);
        Assert.Equal(rebuilt.ToArray().Select(d => (d.Id.Value, d.Due.ToUnixTimeTicks())), index.ToArray().Select(d => (d.Id.Value, d.Due.ToUnixTimeTicks())));
        Assert.Equal(rebuilt.Count, index.Count);
    }

    [Property(MaxTest = 8)]
    public void A_host_loop_over_the_index_reports_every_breach_and_at_risk_a_sweep_each_minute_reports_at_the_same_minute(FsCheck.NonEmptyArray<SlaCase> cases)
    {
        var histories = Histories(cases.Get.Take(4).ToArray());
        var start = histories.Min(h => h[0].At);
        var end = Min(histories.Max(h => h[^1].At) + Duration.FromHours(3), start + Duration.FromHours(16));
        var index = new DueIndex(Policy, China);
        var recorded = histories.Select(_ => 0).ToArray();
        var hostFirst = new Dictionary<(string, string, int, DeadlineStatus), Instant>();
        var sweepFirst = new Dictionary<(string, string, int, DeadlineStatus), Instant>();
        for (var now = start; now <= end; now += Duration.FromMinutes(1))
        {
            var touched = new HashSet<int>();
            for (var k = 0; k < histories.Count; k++)
            {
                while (recorded[k] < histories[k].Count && histories[k][recorded[k]].At <= now)
                {
                    recorded[k]++;
                    touched.Add(k);
                }

                if (touched.Contains(k))
                {
                    index.Update(IdOf(histories[k]), histories[k].Take(recorded[k]).ToList(), now); // the host records the event
                }
            }

            foreach (var due in index.Due(now))
            {
                touched.Add(histories.FindIndex(h => IdOf(h) == due.Id));
            }

            // What the host evaluates (what came due, what changed), then moves on.
            foreach (var k in touched)
            {
                var known = histories[k].Take(recorded[k]).ToList();
                Report(hostFirst, SlaEngine.Sweep([known], Policy, China, now, Duration.Zero), IdOf(known).Value, now);
                index.Update(IdOf(known), known, now);
            }

            // The reference: a full sweep of every started complaint each minute.
            for (var k = 0; k < histories.Count; k++)
            {
                if (recorded[k] > 0)
                {
                    Report(sweepFirst, SlaEngine.Sweep([histories[k].Take(recorded[k]).ToList()], Policy, China, now, Duration.Zero), IdOf(histories[k]).Value, now);
                }
            }
        }

        Assert.Equal(sweepFirst.OrderBy(p => p.Key), hostFirst.OrderBy(p => p.Key));
    }

    private static void Report(Dictionary<(string, string, int, DeadlineStatus), Instant> first, SweepResult sweep, string id, Instant now)
    {
        foreach (var item in sweep.Breaches.Concat(sweep.AtRisk))
        {
            first.TryAdd((id, item.Rule.Value, item.Cycle, item.Status), now);
        }
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    [Fact]
    public void A_complaint_updated_twice_removed_re_added_and_updated_out_of_order_ends_in_the_right_place()
    {
        var index = new DueIndex(Policy, China);
        var received = At(2026, 10, 9, 10, 40);
        var h = Received(received);
        var id = IdOf(h.Events);

        // Received: C2 (24 h), C12 and C18 (18:00 that day) pending; the earliest is 18:00.
        Assert.Equal(At(2026, 10, 9, 18, 0), index.Update(id, h.Events, received));
        h.Then(new ComplaintInvestigated(At(2026, 10, 9, 11, 0), Staff, "核实")).Then(new ComplainantCalledBack(At(2026, 10, 9, 11, 5), Staff));
        Assert.Equal(At(2026, 10, 10, 10, 40), index.Update(id, h.Events, At(2026, 10, 9, 11, 5))); // C2's 24 h now comes first
        Assert.Single(index.Due(At(2026, 10, 10, 10, 40)));
        Assert.Empty(index.Due(At(2026, 10, 10, 10, 39)));

        // An older history replayed after a restart does not move it back.
        var older = h.Events.Take(1).ToList();
        Assert.Equal(At(2026, 10, 10, 10, 40), index.Update(id, older, received));

        // Registered: C3's 12 h dispatch follows; after it is breached and handled, it moves on or leaves.
        h.Then(new RegisteredAtFrontDesk(At(2026, 10, 9, 11, 10), Staff));
        Assert.Equal(At(2026, 10, 9, 23, 10), index.Update(id, h.Events, At(2026, 10, 9, 11, 10)));
        Assert.True(index.Remove(id));
        Assert.Null(index.Find(id));
        Assert.False(index.Remove(id));
        Assert.Equal(0, index.Count);

        // Re-added (reopened after a restart, say): back in its place.
        index.Update(id, h.Events, At(2026, 10, 9, 11, 10));
        Assert.Equal(At(2026, 10, 9, 23, 10), index.Find(id));
        Assert.Equal(1, index.Count);
        Assert.False(index.Update(id, At(2026, 10, 9, 12, 0), 1)); // an explicit older version is ignored too
        Assert.True(index.Update(id, null, h.Events.Count)); // nothing pending: it leaves
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void A_closed_complaint_leaves_the_index()
    {
        var h = Received(At(2026, 10, 9, 10, 40))
            .Routine(At(2026, 10, 9, 10, 45), At(2026, 10, 9, 10, 50), At(2026, 10, 9, 15, 0), At(2026, 10, 9, 11, 0))
            .Then(new ComplaintInvestigated(At(2026, 10, 9, 11, 30), Staff, "核实"))
            .Then(new ReferredToOfficeDirector(At(2026, 10, 9, 11, 40), Staff));
        var index = new DueIndex(Policy, China);
        Assert.NotNull(index.Update(IdOf(h.Events), h.Events, At(2026, 10, 9, 11, 40)));
        h.Then(new ClosedByDirectorDecision(At(2026, 10, 9, 12, 0), new Actor("E6000", ActorRole.OfficeDirector), "维持原处理意见"));
        Assert.Null(index.Update(IdOf(h.Events), h.Events, At(2026, 10, 9, 12, 0)));
        Assert.Equal(0, index.Count);
        Assert.Throws<ArgumentException>(() => index.Update(ComplaintId.Parse("OTHER-1"), h.Events, At(2026, 10, 9, 12, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Update(IdOf(h.Events), h.Events, At(2026, 10, 9, 11, 0)));
    }

    [Fact]
    public void One_writer_and_many_readers_share_the_concurrent_index()
    {
        using var shared = new ConcurrentDueIndex(new DueIndex(Policy, China));
        var start = Instant.FromUtc(2026, 10, 9, 0, 0);
        using var stop = new CancellationTokenSource();
        using var started = new CountdownEvent(2);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            do
            {
                var due = shared.Due(start + Duration.FromMinutes(500));
                for (var i = 1; i < due.Length; i++)
                {
                    Assert.True(due[i - 1].Due <= due[i].Due, "out of order");
                }

                Assert.InRange(due.Length, 0, 2_000);
                if (reads++ == 0)
                {
                    started.Signal();
                }

                Thread.Yield();
            }
            while (!stop.IsCancellationRequested);

            return reads;
        })).ToArray();

        started.Wait(TimeSpan.FromSeconds(30));

        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var id = ComplaintId.Parse($"C-{random.Next(2_000)}");
            if (random.Next(10) == 0)
            {
                shared.Remove(id);
            }
            else
            {
                shared.Update(id, start + Duration.FromMinutes(random.Next(10_000)), i);
            }
        }

        stop.Cancel();
        Assert.All(readers, r => Assert.True(r.Result > 0));
        Assert.InRange(shared.Count, 1, 2_000);
    }

    [Fact]
    public void A_million_indexed_complaints_take_at_most_64_bytes_each_beyond_their_ids()
    {
        const int N = 1_000_000;
        var ids = Enumerable.Range(0, N).Select(i => ComplaintId.Parse($"TS-{i:D7}")).ToArray();
        var start = Instant.FromUtc(2026, 10, 9, 0, 0);
        // Everything this thread allocates while building the index bounds what the index keeps; counted per thread,
        // so tests running in parallel (the whole process's heap) do not enter the figure.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var index = new DueIndex(Policy, China, capacity: N);
        for (var i = 0; i < N; i++)
        {
            index.Update(ids[i], start + Duration.FromSeconds((i * 7919L) % 2_592_000), 1);
        }

        var after = GC.GetAllocatedBytesForCurrentThread();
        var perComplaint = (after - before) / (double)N;
        Assert.True(perComplaint <= 64, $"{perComplaint:F1} bytes per complaint");
        Assert.Equal(N, index.Count);
        GC.KeepAlive(index);
        GC.KeepAlive(ids);
    }
}
