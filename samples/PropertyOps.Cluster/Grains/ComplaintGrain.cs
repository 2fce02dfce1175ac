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
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Cluster.Grains;

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

        if (_estate is null && (string.IsNullOrWhiteSpace(request.Estate) || request.Estate.Length > 100))
        {
            return new CommandOutcome(false, 0, null, "A complaint is received for an estate (1–100 characters).");
        }

        var estateKey = _estate ??= request.Estate!;
        RaiseEvents(decision.Events.Select(e => new ComplaintLogEntry(ComplaintEventJson.Serialize(e))));
        await ConfirmEvents();
        var estate = GrainFactory.GetGrain<IEstateGrain>(estateKey);
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
        ComplaintDeadlines.Report(this.GetPrimaryKeyString(), _estate ?? "", State.Events, State.State, rules, now);
}
