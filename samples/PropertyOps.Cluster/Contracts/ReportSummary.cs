using Orleans;

namespace PropertyOps.Cluster.Contracts;

/// <summary>A month's complaint statistics of one or more estates: the figures of the library's ComplaintReport that add up.</summary>
[GenerateSerializer, Immutable]
public sealed record ReportSummary(
    [property: Id(0)] int Estates,
    [property: Id(1)] int Total,
    [property: Id(2)] int ValidComplaints,
    [property: Id(3)] int RevisitIssues,
    [property: Id(4)] int RevisitIssuesResolved)
{
    /// <summary>Nothing reported (the identity of <see cref="Merge"/>).</summary>
    public static ReportSummary Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Adds two summaries.</summary>
    public ReportSummary Merge(ReportSummary other) => new(
        Estates + other.Estates, Total + other.Total, ValidComplaints + other.ValidComplaints, RevisitIssues + other.RevisitIssues, RevisitIssuesResolved + other.RevisitIssuesResolved);
}
