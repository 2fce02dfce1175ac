using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Storage;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Grains;

/// <summary>One stored event of a complaint's log: the library's JSON of the event (ComplaintEventJson), which Orleans copies as it is.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintLogEntry([property: Id(0)] string Json);

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

/// <summary>
/// A complaint as an event-sourced grain (Orleans' JournaledGrain with the CustomStorage log-consistency provider over the
/// SQLite event log): every command goes through <c>Complaint.Decide</c> — roles, order, idempotency keys, so a client's
/// retry after a time-out records nothing twice — and after each accepted command the grain reports its deadlines and
/// next due instant to its estate.
/// </summary>
[LogConsistencyProvider(ProviderName = ClusterSetup.LogConsistency)]
public sealed class ComplaintGrain(SqliteEventLog log, ClusterRules rules)
    : JournaledGrain<ComplaintLog, ComplaintLogEntry>, IComplaintGrain, ICustomStorageInterface<ComplaintLog, ComplaintLogEntry>
{
    private string? _estate; // read with the log; set by the receipt
    /// <inheritdoc />
    public async Task<CommandOutcome> Execute(ComplaintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ComplaintCommand command;
        try
        {
            command = request.ToCommand(ComplaintId.Parse(this.GetPrimaryKeyString()));
        }
        catch (ArgumentException e)
        {
            return new CommandOutcome(false, 0, null, e.Message);
        }

        var decision = Complaint.Decide(command, State.State);
        if (decision.Violation is { } refusal)
        {
            return new CommandOutcome(false, 0, refusal.Rule.Value, refusal.Message);
        }

        if (decision.Events.IsEmpty)
        {
            return new CommandOutcome(true, 0, null, null); // a retry: already recorded
        }

        _estate ??= request.Estate;
        if (_estate is null)
        {
            return new CommandOutcome(false, 0, null, "A complaint is received for an estate.");
        }

        RaiseEvents(decision.Events.Select(e => new ComplaintLogEntry(ComplaintEventJson.Serialize(e))));
        await ConfirmEvents();
        var estate = GrainFactory.GetGrain<IEstateGrain>(_estate);
        await estate.Report(Status(decision.Events[^1].At));
        return new CommandOutcome(true, decision.Events.Length, null, null);
    }

    /// <inheritdoc />
    public Task<ComplaintStatusReport> Evaluate(long nowTicks) => Task.FromResult(Status(Instant.FromUnixTimeTicks(nowTicks)));

    /// <inheritdoc />
    public Task<int> LogLength() => Task.FromResult(State.Entries.Count);

    /// <inheritdoc />
    protected override void TransitionState(ComplaintLog state, ComplaintLogEntry @event) =>
        state.Apply(ComplaintEventJson.Deserialize(@event.Json), @event.Json);

    /// <inheritdoc />
    public async Task<KeyValuePair<int, ComplaintLog>> ReadStateFromStorage()
    {
        var (estate, events) = await log.ReadAsync(this.GetPrimaryKeyString());
        _estate ??= estate;
        var state = new ComplaintLog { Estate = estate, Entries = events };
        return new KeyValuePair<int, ComplaintLog>(events.Count, state);
    }

    /// <inheritdoc />
    public Task<bool> ApplyUpdatesToStorage(IReadOnlyList<ComplaintLogEntry> updates, int expectedVersion) =>
        log.AppendAsync(this.GetPrimaryKeyString(), _estate ?? throw new InvalidOperationException("A complaint is received for an estate."), expectedVersion, [.. updates.Select(u => u.Json)]);

    private ComplaintStatusReport Status(Instant now) =>
        ComplaintDeadlines.Report(this.GetPrimaryKeyString(), _estate ?? "", State.Events, rules, now);
}

/// <summary>The deadline rules and working calendar every grain of the cluster evaluates with.</summary>
public sealed record ClusterRules(SlaPolicy Policy, WorkingCalendar Calendar);
