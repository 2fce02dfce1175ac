using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Grains;

namespace PropertyOps.Cluster;

/// <summary>
/// The demo's end of the estates' alerts: an Orleans observer every estate sends its newly raised alerts to. It prints
/// the first few, counts them by rule, and measures how late each breach was raised after its due instant (on the
/// simulated clock the estates tick by: at most one tick period). Conditional duties (C5, C7, C8) are left out of the
/// measure: one is a breach only once its condition holds, which can be long after its due instant.
/// </summary>
internal sealed class AlertPrinter(int print, IReadOnlySet<string> conditional) : IAlertObserver
{
    private int _printed;
    private long _count;
    private long _breaches;
    private long _lagTicks;
    private long _maxLagTicks;
    private readonly ConcurrentBag<long> _lags = [];

    /// <summary>Alerts received, by rule.</summary>
    public ConcurrentDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>How many alerts arrived.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The mean time from a deadline's due instant to its alert, on the simulated clock.</summary>
    public Duration MeanLag => Interlocked.Read(ref _breaches) is var n && n == 0 ? Duration.Zero : Duration.FromTicks(Interlocked.Read(ref _lagTicks) / n);

    /// <summary>The longest time from a due instant to its breach alert, on the simulated clock.</summary>
    public Duration MaxLag => Duration.FromTicks(Interlocked.Read(ref _maxLagTicks));

    /// <summary>The 99th percentile of the time from a due instant to its breach alert, on the simulated clock.</summary>
    public Duration Lag99
    {
        get
        {
            var lags = _lags.ToArray();
            Array.Sort(lags);
            return lags.Length == 0 ? Duration.Zero : Duration.FromTicks(lags[(int)(lags.Length * 0.99)]);
        }
    }

    /// <inheritdoc />
    public void Alert(DeadlineAlert[] alerts)
    {
        foreach (var alert in alerts)
        {
            ByRule.AddOrUpdate(alert.Rule, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _count);
            if (alert.Status == "Breached" && !conditional.Contains(alert.Rule))
            {
                var lag = alert.Lag.BclCompatibleTicks;
                Interlocked.Increment(ref _breaches);
                Interlocked.Add(ref _lagTicks, lag);
                _lags.Add(lag);
                long seen;
                while (lag > (seen = Interlocked.Read(ref _maxLagTicks)) && Interlocked.CompareExchange(ref _maxLagTicks, lag, seen) != seen)
                {
                }
            }

            if (Interlocked.Increment(ref _printed) <= print)
            {
                Console.Out.WriteLine($"  escalation: {alert}");
            }
        }
    }
}
