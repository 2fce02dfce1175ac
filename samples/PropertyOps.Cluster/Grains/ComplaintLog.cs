using System;
using System.Collections.Generic;
using System.Linq;
using Orleans;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Cluster.Grains;

/// <summary>
/// A complaint grain's state: its log as stored (what Orleans copies between the confirmed and tentative views) and, derived
/// from it, the library's events and <c>ComplaintState</c> — rebuilt from the log whenever a copy arrives without them.
/// </summary>
[GenerateSerializer]
public sealed class ComplaintLog
{
    [NonSerialized] private List<ComplaintEvent>? _events;
    [NonSerialized] private ComplaintState? _state;

    /// <summary>The estate the complaint belongs to (set by its receipt).</summary>
    [Id(0)] public string? Estate { get; set; }

    /// <summary>The events, as stored.</summary>
    [Id(1)] public List<string> Entries { get; set; } = [];

    /// <summary>The events, decoded.</summary>
    public IReadOnlyList<ComplaintEvent> Events => _events ??= [.. Entries.Select(ComplaintEventJson.Deserialize)];

    /// <summary>The decider's state: <c>Complaint.Replay</c> of the events.</summary>
    public ComplaintState State => _state ??= Complaint.Replay(Events);

    /// <summary>Folds one stored event (the journaled grain's transition).</summary>
    public void Apply(ComplaintEvent @event, string json)
    {
        var state = State; // decode first, so the cache matches the entries before this one
        _events!.Add(@event);
        Entries.Add(json);
        _state = Complaint.Evolve(state, @event);
    }
}
