using System.Threading.Tasks;
using Orleans;
using PropertyOps.Cluster.Contracts;

namespace PropertyOps.Cluster.Grains;

/// <summary>One complaint, keyed by its number: an event-sourced grain whose state is <c>Complaint.Replay</c> of its log.</summary>
public interface IComplaintGrain : IGrainWithStringKey
{
    /// <summary>Decides a command with <c>Complaint.Decide</c>; accepted events are appended to the log before the answer.</summary>
    Task<CommandOutcome> Execute(ComplaintRequest request);

    /// <summary>The complaint's deadlines at an instant (Unix ticks), and when they next change.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<ComplaintStatusReport> Evaluate(long nowTicks);

    /// <summary>How many events the log holds.</summary>
    Task<int> LogLength();
}
