using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>A complaint that has come due in a <see cref="DueIndex"/>: its id and the instant its evaluation changes.</summary>
/// <param name="Id">The complaint.</param>
/// <param name="Due">Its next instant.</param>
public readonly record struct DueComplaint(ComplaintId Id, Instant Due);
