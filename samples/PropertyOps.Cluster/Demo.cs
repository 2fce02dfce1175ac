using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Testing;
using Orleans;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Grains;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Cluster;

/// <summary>
/// Drives complaints through their lifecycle on a simulated clock: the script the demo and the tests share. Complaint k of
/// estate e is received at <c>start + k × spacing</c>; it is registered, assessed (a 4-hour handling deadline), dispatched
/// and resolved on a schedule in which some steps come late, so estates raise escalations as their clocks pass.
/// </summary>
public sealed class Demo(IGrainFactory grains, FakeClock clock, int estates, int complaintsPerEstate)
{
    /// <summary>Monday 12 October 2026, 08:00 in Shanghai: the first receipt.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 10, 12, 0, 0);

    /// <summary>The estates' names: E01, E02, …</summary>
    public IReadOnlyList<string> Estates { get; } = [.. Enumerable.Range(1, estates).Select(e => $"E{e:D2}")];

    /// <summary>The wall-clock time spent ticking the estates (every estate, each simulated minute).</summary>
    public TimeSpan TickTime { get; private set; }

    /// <summary>How many times every estate was ticked.</summary>
    public int TickRounds { get; private set; }

    /// <summary>Every request of the script, in time order.</summary>
    public IReadOnlyList<(Instant At, string ComplaintId, ComplaintRequest Request)> Script()
    {
        var desk = (int)ActorRole.FrontDesk;
        var staff = (int)ActorRole.Staff;
        var all = new List<(Instant, string, ComplaintRequest)>();
        var total = estates * complaintsPerEstate;
        var spacing = Duration.FromHours(8) / Math.Max(1, total);
        for (var k = 0; k < total; k++)
        {
            var estate = Estates[k % estates];
            var id = $"{estate}-TS-{k:D6}";
            var t = Start + (spacing * k);
            void Add(Duration after, RequestKind kind, int actorRole, int number = 0, long time = 0, string? text = null)
            {
                var at = t + after;
                all.Add((at, id, new ComplaintRequest
                {
                    Kind = kind,
                    AtTicks = at.ToUnixTimeTicks(),
                    ActorId = actorRole == desk ? "D001" : $"S{k % 50:D3}",
                    ActorRole = actorRole,
                    CommandId = $"{id}:{kind}",
                    Estate = estate,
                    Number = number,
                    TimeTicks = time,
                    Text = text,
                }));
            }

            Add(Duration.Zero, RequestKind.Receive, staff, number: (int)Channel.Visit, text: "卫生间漏水");
            Add(Duration.FromMinutes(k % 7 == 0 ? 50 : 10), RequestKind.Register, desk);
            if (k % 11 == 0)
            {
                continue; // never assessed: the front desk's clocks run out
            }

            Add(Duration.FromMinutes(55), RequestKind.Assess, desk, number: (int)ComplaintClass.General, time: (t + Duration.FromHours(4)).ToUnixTimeTicks());
            Add(Duration.FromMinutes(60), RequestKind.Dispatch, desk);
            if (k % 5 != 0)
            {
                Add(Duration.FromMinutes(180), RequestKind.Resolve, staff, text: "已更换水管接头");
                Add(Duration.FromMinutes(190), RequestKind.Feedback, staff);
            }
        }

        return [.. all.OrderBy(a => a.Item1).ThenBy(a => a.Item2, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Plays the script from <paramref name="from"/> up to <paramref name="until"/> minute by minute: each minute's requests
    /// (in parallel across complaints; a request that fails for want of a silo is retried with its idempotency key), then
    /// every estate's tick at the minute's end; <paramref name="onMinute"/> sees the alerts raised.
    /// </summary>
    /// <returns>How many requests were sent (retries not counted).</returns>
    public async Task<int> PlayAsync(Instant from, Instant until, Action<Instant, DeadlineAlert[]>? onMinute = null)
    {
        var script = Script();
        var next = 0;
        while (next < script.Count && script[next].At < from)
        {
            next++;
        }

        var sent = 0;
        var minute = from;
        while (minute < until)
        {
            var end = minute + Duration.FromMinutes(1);
            var batch = new List<(Instant At, string ComplaintId, ComplaintRequest Request)>();
            while (next < script.Count && script[next].At < end)
            {
                batch.Add(script[next++]);
            }

            // One complaint's requests in order; different complaints at once.
            await Task.WhenAll(batch.GroupBy(b => b.ComplaintId).Select(async g =>
            {
                foreach (var (at, id, request) in g)
                {
                    Advance(at);
                    var outcome = await SendAsync(id, request);
                    if (!outcome.Accepted)
                    {
                        throw new InvalidOperationException($"{id} {request.Kind} refused: {outcome.Rule} {outcome.Message}");
                    }
                }
            }));
            sent += batch.Count;

            Advance(end);
            var ticking = System.Diagnostics.Stopwatch.GetTimestamp();
            var alerts = await Task.WhenAll(Estates.Select(e => RetryAsync(() => grains.GetGrain<IEstateGrain>(e).Tick(end.ToUnixTimeTicks()))));
            TickTime += System.Diagnostics.Stopwatch.GetElapsedTime(ticking);
            TickRounds++;
            onMinute?.Invoke(end, [.. alerts.SelectMany(a => a)]);
            minute = end;
        }

        return sent;
    }

    /// <summary>Sends one request, retrying (with the same idempotency key) when the silo it went to has failed.</summary>
    public Task<CommandOutcome> SendAsync(string complaintId, ComplaintRequest request) =>
        RetryAsync(() => grains.GetGrain<IComplaintGrain>(complaintId).Execute(request));

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < 10 && e is Orleans.Runtime.SiloUnavailableException or Orleans.Runtime.OrleansMessageRejectionException or TimeoutException or Orleans.Runtime.OrleansException)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    /// <summary>Every estate's overdue list at <paramref name="now"/>, merged.</summary>
    public async Task<DeadlineAlert[]> GroupOverdueAsync(Instant now)
    {
        var lists = await Task.WhenAll(Estates.Select(e => grains.GetGrain<IEstateGrain>(e).Overdue(now.ToUnixTimeTicks())));
        return [.. lists.SelectMany(l => l)];
    }

    /// <summary>Every estate's month report, merged.</summary>
    public async Task<ReportSummary> GroupReportAsync(int year, int month, Instant asOf)
    {
        var reports = await Task.WhenAll(Estates.Select(e => grains.GetGrain<IEstateGrain>(e).MonthReport(year, month, asOf.ToUnixTimeTicks())));
        return reports.Aggregate(ReportSummary.Empty, (a, b) => a.Merge(b));
    }

    /// <summary>Every estate's card count for a month, merged.</summary>
    public async Task<TallySummary> GroupTallyAsync(int year, int month)
    {
        var tallies = await Task.WhenAll(Estates.Select(e => grains.GetGrain<IEstateGrain>(e).Tally(year, month)));
        return tallies.Aggregate(TallySummary.Empty, (a, b) => a.Merge(b));
    }

    private void Advance(Instant to)
    {
        lock (clock)
        {
            if (clock.GetCurrentInstant() < to)
            {
                clock.Reset(to);
            }
        }
    }
}
