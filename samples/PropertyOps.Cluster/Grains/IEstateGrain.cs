using System.Threading.Tasks;
using Orleans;
using Orleans.Concurrency;
using PropertyOps.Cluster.Contracts;

namespace PropertyOps.Cluster.Grains;

/// <summary>
/// One estate: the due index of its open complaints, a durable reminder ticking each minute that evaluates what came due,
/// its overdue list, month report and card count.
/// </summary>
public interface IEstateGrain : IGrainWithStringKey
{
    /// <summary>A complaint's deadlines after a command (its grain reports after each accepted one).</summary>
    Task Report(ComplaintStatusReport report);

    /// <summary>Evaluates the complaints come due by an instant (Unix ticks); returns the alerts newly raised.</summary>
    Task<DeadlineAlert[]> Tick(long nowTicks);

    /// <summary>The deadlines breached at an instant (after evaluating what came due by then), by complaint then rule.</summary>
    Task<DeadlineAlert[]> Overdue(long nowTicks);

    /// <summary>How many open complaints the due index holds.</summary>
    [AlwaysInterleave]
    Task<int> Indexed();

    /// <summary>The month's complaint statistics (Asia/Shanghai months).</summary>
    Task<ReportSummary> MonthReport(int year, int month, long asOfTicks);

    /// <summary>Casts a card in the month's box; null when accepted, else the refusal's rule id and message.</summary>
    Task<string?> Cast(string householdId, int year, int month, int target, int colour, long castAtTicks, long nowTicks);

    /// <summary>The month's card count.</summary>
    Task<TallySummary> Tally(int year, int month);

    /// <summary>Sends this estate's alerts to an observer (re-subscribe within the observer expiry).</summary>
    Task Subscribe(IAlertObserver observer);
}
