using System;

namespace PropertyOps.Cluster.Grains;

/// <summary>Settings of the cluster sample.</summary>
public sealed record EstateOptions
{
    /// <summary>How often an estate's reminder ticks (Orleans' reminders tick at most once a minute).</summary>
    public TimeSpan TickPeriod { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many households each estate serves (its card roster).</summary>
    public int HouseholdsPerEstate { get; init; } = 200;
}
