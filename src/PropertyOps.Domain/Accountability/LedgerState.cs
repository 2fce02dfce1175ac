using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PropertyOps.Domain.Accountability;

/// <summary>The staff ledger: the fold of its events (<see cref="StaffLedger.Evolve"/>). Immutable.</summary>
public sealed record LedgerState
{
    /// <summary>The empty ledger.</summary>
    public static LedgerState Empty { get; } = new();

    /// <summary>The roster: employee id → department.</summary>
    public ImmutableSortedDictionary<string, string> Employees { get; init; } = ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal);

    /// <summary>When each employee on the roster was enrolled (they owe quarterly reviews from then on, C21).</summary>
    public ImmutableSortedDictionary<string, Instant> EnrolledAt { get; init; } = ImmutableSortedDictionary.Create<string, Instant>(System.StringComparer.Ordinal);

    /// <summary>Every sanction, reward and revocation, in the order recorded.</summary>
    public ImmutableList<LedgerEvent> Records { get; init; } = [];

    /// <summary>The record numbers used so far.</summary>
    public ImmutableHashSet<string> RecordIds { get; init; } = ImmutableHashSet.Create<string>(System.StringComparer.Ordinal);

    /// <summary>The record numbers that were revoked.</summary>
    public ImmutableHashSet<string> Revoked { get; init; } = ImmutableHashSet.Create<string>(System.StringComparer.Ordinal);

    /// <summary>When the latest record was made.</summary>
    public Instant LastEventAt { get; init; } = Instant.MinValue;

    /// <summary>How many events have been folded.</summary>
    public int Version { get; init; }

    /// <summary>The sanctions of <paramref name="employeeId"/> that stand (not revoked), oldest first.</summary>
    /// <param name="employeeId">The employee id.</param>
    /// <returns>The sanctions.</returns>
    public ImmutableArray<SanctionRecorded> SanctionsOf(string employeeId) =>
        [.. Records.OfType<SanctionRecorded>().Where(s => s.EmployeeId == employeeId && !Revoked.Contains(s.RecordId))];

    /// <summary>The rewards of <paramref name="employeeId"/> that stand (not revoked), oldest first.</summary>
    /// <param name="employeeId">The employee id.</param>
    /// <returns>The rewards.</returns>
    public ImmutableArray<RewardRecorded> RewardsOf(string employeeId) =>
        [.. Records.OfType<RewardRecorded>().Where(r => r.EmployeeId == employeeId && !Revoked.Contains(r.RecordId))];

    /// <summary>Whether two ledgers hold the same roster and records.</summary>
    /// <param name="other">The other ledger.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(LedgerState? other) =>
        other is not null && Version == other.Version && LastEventAt == other.LastEventAt
        && Employees.SequenceEqual(other.Employees) && EnrolledAt.SequenceEqual(other.EnrolledAt) && Records.SequenceEqual(other.Records) && Revoked.SetEquals(other.Revoked);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Version, Records.Count, Employees.Count);
}
