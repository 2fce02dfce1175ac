using Orleans;

namespace PropertyOps.Cluster.Contracts;

/// <summary>What a complaint grain answered: accepted (with how many events were recorded: none for a retry) or refused with the rule id.</summary>
[GenerateSerializer, Immutable]
public sealed record CommandOutcome([property: Id(0)] bool Accepted, [property: Id(1)] int Recorded, [property: Id(2)] string? Rule, [property: Id(3)] string? Message);
