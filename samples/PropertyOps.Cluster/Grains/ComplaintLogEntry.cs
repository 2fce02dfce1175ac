using Orleans;

namespace PropertyOps.Cluster.Grains;

/// <summary>One stored event of a complaint's log: the library's JSON of the event (ComplaintEventJson), which Orleans copies as it is.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintLogEntry([property: Id(0)] string Json);
