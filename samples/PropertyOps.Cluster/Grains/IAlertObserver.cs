using Orleans;
using PropertyOps.Cluster.Contracts;

namespace PropertyOps.Cluster.Grains;

/// <summary>Receives the deadline alerts an estate raises as its reminder ticks (the demo prints them).</summary>
public interface IAlertObserver : IGrainObserver
{
    /// <summary>Alerts newly raised.</summary>
    void Alert(DeadlineAlert[] alerts);
}
