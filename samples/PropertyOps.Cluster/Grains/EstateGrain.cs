using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;
using Orleans.Runtime;
using Orleans.Utilities;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Storage;
using PropertyOps.Domain.Cards;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Grains;

/// <summary>
/// An estate: holds the library's <see cref="DueIndex"/> of its open complaints — rebuilt from the event logs when it
/// activates, so its reminders may live in memory — and one reminder ticking each minute; on each tick it asks only the
/// complaints whose next instant has come for their deadlines, raises the alerts not raised before, and moves them on.
/// </summary>
public sealed class EstateGrain(SqliteEventLog log, ClusterRules rules, IClock clock, EstateOptions options, ILogger<EstateGrain> logger)
    : Grain, IEstateGrain, IRemindable
{
    private const string TickReminder = "tick";
    private readonly Dictionary<string, DeadlineAlert[]> _owed = new(StringComparer.Ordinal);
    private readonly Dictionary<YearMonth, BallotBox> _boxes = [];
    private readonly ObserverManager<IAlertObserver> _observers = new(TimeSpan.FromMinutes(10), logger);
    private DueIndex _index = null!;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The due index is rebuilt from the logs (one pass, on all cores): nothing about deadlines needs storing twice.
        var estate = this.GetPrimaryKeyString();
        var histories = await log.ReadEstateAsync(estate);
        var now = clock.GetCurrentInstant();
        _index = DueIndex.Rebuild(histories, rules.Policy, rules.Calendar, now, Environment.ProcessorCount);
        foreach (var history in histories)
        {
            var id = ((ComplaintReceived)history[0]).ComplaintId.Value;
            var report = ComplaintDeadlines.Report(id, estate, history, Complaint.Replay(history), rules, now);
            if (!report.Closed && report.Owed.Length > 0)
            {
                _owed[id] = report.Owed;
            }
        }

        await this.RegisterOrUpdateReminder(TickReminder, options.TickPeriod, options.TickPeriod);
        await base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task Report(ComplaintStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Apply(report);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<DeadlineAlert[]> Tick(long nowTicks)
    {
        var now = Instant.FromUnixTimeTicks(nowTicks);
        var raised = new List<DeadlineAlert>();
        foreach (var due in _index.Due(now))
        {
            var report = await GrainFactory.GetGrain<IComplaintGrain>(due.Id.Value).Evaluate(nowTicks);
            raised.AddRange(Apply(report));
        }

        if (raised.Count > 0)
        {
            var alerts = raised.ToArray();
            _observers.Notify(o => o.Alert(alerts));
        }

        return [.. raised];
    }

    /// <inheritdoc />
    public async Task<DeadlineAlert[]> Overdue(long nowTicks)
    {
        await Tick(nowTicks);
        return [.. _owed.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).Where(a => a.Status == nameof(DeadlineStatus.Breached))];
    }

    /// <inheritdoc />
    public Task<int> Indexed() => Task.FromResult(_index.Count);

    /// <inheritdoc />
    public async Task<ReportSummary> MonthReport(int year, int month, long asOfTicks)
    {
        var zone = rules.Calendar.Zone;
        var start = new LocalDate(year, month, 1).AtStartOfDayInZone(zone).ToInstant();
        var end = new LocalDate(year, month, 1).PlusMonths(1).AtStartOfDayInZone(zone).ToInstant();
        var histories = await log.ReadEstateAsync(this.GetPrimaryKeyString());
        var report = ComplaintReport.Build(histories, new Interval(start, end), this.GetPrimaryKeyString(), options.HouseholdsPerEstate, rules.Policy, rules.Calendar, Instant.FromUnixTimeTicks(asOfTicks));
        return new ReportSummary(1, report.Total, report.ValidComplaints, report.RevisitIssues, report.RevisitIssuesResolved);
    }

    /// <inheritdoc />
    public Task<string?> Cast(string householdId, int year, int month, int target, int colour, long castAtTicks, long nowTicks)
    {
        var ym = new YearMonth(year, month);
        if (!_boxes.TryGetValue(ym, out var box))
        {
            box = BallotBox.Open(this.GetPrimaryKeyString(), ym, Roster(this.GetPrimaryKeyString(), options.HouseholdsPerEstate), rules.Calendar.Zone);
        }

        Ballot ballot;
        try
        {
            ballot = new Ballot(householdId, ym, (CardTarget)target, (CardColour)colour, Instant.FromUnixTimeTicks(castAtTicks));
        }
        catch (ArgumentException e)
        {
            return Task.FromResult<string?>(e.Message); // a malformed card: the library's own check, as a refusal
        }

        var decision = box.Decide(ballot, Instant.FromUnixTimeTicks(nowTicks));
        if (decision.Violation is { } refusal)
        {
            return Task.FromResult<string?>(refusal.ToString());
        }

        _boxes[ym] = box.Cast(ballot, Instant.FromUnixTimeTicks(nowTicks));
        return Task.FromResult<string?>(null);
    }

    /// <inheritdoc />
    public Task<TallySummary> Tally(int year, int month) =>
        Task.FromResult(_boxes.TryGetValue(new YearMonth(year, month), out var box) ? TallySummary.Of(box.Tally()) : TallySummary.Of(CardTally.Empty(options.HouseholdsPerEstate)));

    /// <inheritdoc />
    public Task Subscribe(IAlertObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == TickReminder)
        {
            await Tick(clock.GetCurrentInstant().ToUnixTimeTicks());
        }
    }

    /// <summary>The households of an estate in the sample: <c>{estate}-H0001</c> and on.</summary>
    public static IEnumerable<string> Roster(string estate, int households) => Enumerable.Range(1, households).Select(h => $"{estate}-H{h:D4}");

    // Keeps what a complaint owes now and its next instant; returns the alerts not raised before.
    private List<DeadlineAlert> Apply(ComplaintStatusReport report)
    {
        var id = ComplaintId.Parse(report.ComplaintId);
        var before = _owed.GetValueOrDefault(report.ComplaintId) ?? [];
        if (report.Closed)
        {
            _index.Update(id, null, report.Version);
            _owed.Remove(report.ComplaintId);
            return [];
        }

        _index.Update(id, report.NextDueTicks is { } next ? Instant.FromUnixTimeTicks(next) : null, report.Version);
        if (report.Owed.Length == 0)
        {
            _owed.Remove(report.ComplaintId);
        }
        else
        {
            _owed[report.ComplaintId] = report.Owed;
        }

        var known = before.Select(a => a.Key).ToHashSet();
        return [.. report.Owed.Where(a => !known.Contains(a.Key))];
    }

}
