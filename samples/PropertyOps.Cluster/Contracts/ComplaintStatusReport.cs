using Orleans;

namespace PropertyOps.Cluster.Contracts;

/// <summary>A complaint's deadlines at an instant, as its grain reports them to its estate.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintStatusReport(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] int Version,
    [property: Id(2)] long? NextDueTicks,
    [property: Id(3)] bool Closed,
    [property: Id(4)] DeadlineAlert[] Owed);
