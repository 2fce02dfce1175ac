using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// A <see cref="DueIndex"/> shared by one writer and many readers: writes (updates, removals) take an exclusive lock,
/// reads (<see cref="Due"/>, <see cref="Find"/>, <see cref="Count"/>) a shared one, so readers see the index between
/// writes, never in the middle of one. The next instant of an update is computed before the lock is taken, so the lock is
/// held only for the O(log n) placement.
/// </summary>
public sealed class ConcurrentDueIndex : IDisposable
{
    private readonly DueIndex _index;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Wraps an index; the index must not be used directly afterwards.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public ConcurrentDueIndex(DueIndex index) => _index = Guard.Against.Null(index);

    /// <summary>How many complaints the index holds.</summary>
    public int Count => Read(0, static (index, _) => index.Count);

    /// <summary>Recomputes a complaint's next instant from its history and places it (see <see cref="DueIndex.Update(ComplaintId, IReadOnlyList{ComplaintEvent}, Instant)"/>).</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="events">Its whole history.</param>
    /// <param name="now">The instant to compute at.</param>
    /// <returns>Whether the update was applied (an older version is ignored).</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public bool Update(ComplaintId id, IReadOnlyList<ComplaintEvent> events, Instant now)
    {
        var (next, version) = _index.Compute(id, events, now); // pure: computed outside the lock
        return Update(id, next, version);
    }

    /// <summary>Places a complaint (see <see cref="DueIndex.Update(ComplaintId, Instant?, int)"/>).</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="nextDue">Its next instant; null to remove it.</param>
    /// <param name="version">The length of the history it was computed from.</param>
    /// <returns>Whether the update was applied.</returns>
    public bool Update(ComplaintId id, Instant? nextDue, int version) =>
        Write((id, nextDue, version), static (index, a) => index.Update(a.id, a.nextDue, a.version));

    /// <summary>Removes a complaint.</summary>
    /// <param name="id">The complaint.</param>
    /// <returns>Whether it was indexed.</returns>
    public bool Remove(ComplaintId id) =>
        Write(id, static (index, key) => index.Remove(key));

    /// <summary>A complaint's next instant, or null.</summary>
    /// <param name="id">The complaint.</param>
    /// <returns>The instant.</returns>
    public Instant? Find(ComplaintId id) =>
        Read(id, static (index, key) => index.Find(key));

    /// <summary>The complaints due at or before <paramref name="now"/>, earliest first (see <see cref="DueIndex.Due"/>).</summary>
    /// <param name="now">The instant.</param>
    /// <param name="limit">The most to return.</param>
    /// <returns>The due complaints.</returns>
    public ImmutableArray<DueComplaint> Due(Instant now, int limit = 1_000_000) =>
        Read((now, limit), static (index, a) => index.Due(a.now, a.limit));

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    // Every member holds the lock the same way: readers together, the writer alone (static lambdas: nothing allocated).
    private TResult Read<TState, TResult>(TState state, Func<DueIndex, TState, TResult> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read(_index, state);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private TResult Write<TState, TResult>(TState state, Func<DueIndex, TState, TResult> write)
    {
        _lock.EnterWriteLock();
        try
        {
            return write(_index, state);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
