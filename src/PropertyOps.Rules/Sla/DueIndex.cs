using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// The due index of open complaints: per complaint, the instant its deadline evaluation next changes
/// (<see cref="SlaEngine.NextDue"/>), ordered so a host asks only for what has come due instead of re-sweeping every open
/// complaint — the escalation index help desks keep (Zammad's <c>escalation_at</c>, Znuny's escalation index).
/// </summary>
/// <remarks>
/// <para>The host loop: after each recorded event, <see cref="Update(ComplaintId, IReadOnlyList{ComplaintEvent}, Instant)"/>
/// the complaint (at the event's instant); every minute, <see cref="Due"/> returns the complaints whose next instant is at
/// or before now, earliest first; the host evaluates each (<see cref="SlaEngine.Evaluate(IReadOnlyList{ComplaintEvent}, SlaPolicy, WorkingCalendar, Instant)"/>),
/// raises its alerts and updates it again at now, which moves it on to its next instant (from the C2 due to the C3 due,
/// say). A closed complaint owes nothing more (closure ends every clock) and leaves the index, as does one with nothing
/// pending.</para>
/// <para>An update carries a version — the length of the history it was computed from — and an update older than the
/// one the index holds is ignored, so an older event replayed after a restart cannot move a complaint back, nor bring a
/// closed one back: a complaint that leaves the heap keeps its version (a tombstone of a few bytes, not counted in
/// <see cref="Count"/>) until <see cref="Remove"/> forgets it, e.g. when it is archived.</para>
/// <para>Cost: <see cref="Update(ComplaintId, Instant?, int)"/> and <see cref="Remove"/> are O(log n);
/// <see cref="Due"/> is O(k log k) for k results and leaves the index as it is; memory is a binary heap of 16-byte
/// entries and a dictionary from id to heap position and version (about 44 bytes per complaint beyond its id when built
/// with its capacity). A rebuild computes every
/// next instant in parallel and heapifies in O(n).</para>
/// <para>Not thread-safe: one thread uses it at a time. <see cref="ConcurrentDueIndex"/> wraps it for one writer and many
/// readers.</para>
/// </remarks>
public sealed class DueIndex
{
    private readonly Dictionary<ComplaintId, Slot> _slots;
    private Entry[] _heap;
    private int _count;

    /// <summary>Creates an empty index for complaints evaluated under <paramref name="policy"/> on <paramref name="calendar"/>.</summary>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="capacity">How many complaints to make room for (0 to 100,000,000).</param>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    public DueIndex(SlaPolicy policy, WorkingCalendar calendar, int capacity = 0)
    {
        Policy = Guard.Against.Null(policy);
        Calendar = Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(capacity, nameof(capacity), 0, 100_000_000);
        _slots = new Dictionary<ComplaintId, Slot>(capacity);
        _heap = new Entry[Math.Max(capacity, 16)];
    }

    /// <summary>The deadline rules next instants are computed under.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>The working calendar next instants are computed on.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>How many complaints the index holds.</summary>
    public int Count => _count;

    /// <summary>The earliest next instant in the index, if any.</summary>
    public Instant? Earliest => _count == 0 ? null : Instant.FromUnixTimeTicks(_heap[0].Due);

    /// <summary>Builds an index from many histories at once, computing their next instants in parallel.</summary>
    /// <param name="complaints">The histories (each starting with its receipt); closed complaints and those with nothing pending are left out.</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="now">The instant the index is built at (start-up): each history is evaluated at its own latest event or at now, whichever is later.</param>
    /// <param name="degreeOfParallelism">How many cores to use (1 to 256).</param>
    /// <returns>The index, equal to one built update by update.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range, or a history is invalid (the message gives its position).</exception>
    public static DueIndex Rebuild(IReadOnlyList<IReadOnlyList<ComplaintEvent>> complaints, SlaPolicy policy, WorkingCalendar calendar, Instant now, int degreeOfParallelism = 1)
    {
        Guard.Against.Null(complaints);
        Guard.Against.OutOfRange(degreeOfParallelism, nameof(degreeOfParallelism), 1, 256);
        var index = new DueIndex(policy, calendar, complaints.Count);
        var dues = new long[complaints.Count];
        var ids = new ComplaintId[complaints.Count];
        Parallel.For(0, complaints.Count, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, i =>
        {
            var events = complaints[i] ?? throw new ArgumentException($"Complaint #{i} is null.", nameof(complaints));
            if (events.Count == 0 || events[0] is not ComplaintReceived received)
            {
                throw new ArgumentException($"Complaint #{i}'s history must start with ComplaintReceived.", nameof(complaints));
            }

            ids[i] = received.ComplaintId;
            dues[i] = index.NextOf(events, now) is { } due ? due.ToUnixTimeTicks() : long.MinValue;
        });

        for (var i = 0; i < complaints.Count; i++)
        {
            if (index._slots.ContainsKey(ids[i]))
            {
                throw new ArgumentException($"Complaint #{i} ({ids[i]}) appears twice.", nameof(complaints));
            }

            if (dues[i] != long.MinValue)
            {
                index._heap[index._count] = new Entry(dues[i], ids[i]);
                index._slots.Add(ids[i], new Slot(index._count, complaints[i].Count));
                index._count++;
            }
            else
            {
                index._slots.Add(ids[i], new Slot(Gone, complaints[i].Count));
            }
        }

        for (var i = (index._count / 2) - 1; i >= 0; i--)
        {
            index.SiftDown(i);
        }

        return index;
    }

    /// <summary>
    /// Recomputes a complaint's next instant from its history at <paramref name="now"/> — after recording an event (at the
    /// event's instant) or after handling what came due (at the current instant) — and places it; a closed complaint, or one
    /// with nothing pending, leaves the index.
    /// </summary>
    /// <param name="id">The complaint.</param>
    /// <param name="events">Its whole history, in order, starting with its receipt.</param>
    /// <param name="now">The instant to compute at: not before the history's latest event.</param>
    /// <returns>The next instant, or null when the complaint left (or is not in) the index.</returns>
    /// <exception cref="ArgumentException">An argument is null, the history is invalid or not this complaint's, or <paramref name="now"/> is before its latest event.</exception>
    public Instant? Update(ComplaintId id, IReadOnlyList<ComplaintEvent> events, Instant now)
    {
        var (next, version) = Compute(id, events, now);
        return Update(id, next, version) ? next : Find(id);
    }

    /// <summary>Places a complaint at <paramref name="nextDue"/> (or removes it when null), unless the index already holds a newer version.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="nextDue">Its next instant; null to remove it.</param>
    /// <param name="version">The length of the history it was computed from: an update older than the one held is ignored.</param>
    /// <returns>Whether the update was applied.</returns>
    /// <exception cref="ArgumentException">The id is empty or the version negative.</exception>
    public bool Update(ComplaintId id, Instant? nextDue, int version)
    {
        if (id.IsEmpty)
        {
            throw new ArgumentException("A complaint needs an id.", nameof(id));
        }

        Guard.Against.OutOfRange(version, nameof(version), 0, int.MaxValue); // generic CompareTo: no boxing on the hot path
        if (_slots.TryGetValue(id, out var slot))
        {
            if (version < slot.Version)
            {
                return false;
            }

            if (slot.Position < 0)
            {
                // A tombstone: the complaint left the heap at an older version and comes back (a reopened complaint).
                _slots[id] = new Slot(Gone, version);
                if (nextDue is { } back)
                {
                    Add(id, back, version);
                }

                return true;
            }

            if (nextDue is not { } due)
            {
                RemoveAt(slot.Position, keepVersion: version);
                return true;
            }

            _slots[id] = slot with { Version = version };
            var ticks = due.ToUnixTimeTicks();
            var old = _heap[slot.Position].Due;
            _heap[slot.Position] = new Entry(ticks, id);
            if (ticks < old)
            {
                SiftUp(slot.Position);
            }
            else
            {
                SiftDown(slot.Position);
            }

            return true;
        }

        if (nextDue is { } added)
        {
            Add(id, added, version);
        }
        else
        {
            _slots.Add(id, new Slot(Gone, version));
        }

        return true;
    }

    /// <summary>Removes a complaint (e.g. deleted); nothing happens when it is not indexed.</summary>
    /// <param name="id">The complaint.</param>
    /// <returns>Whether it was indexed.</returns>
    public bool Remove(ComplaintId id)
    {
        if (!_slots.TryGetValue(id, out var slot))
        {
            return false;
        }

        if (slot.Position >= 0)
        {
            RemoveAt(slot.Position, keepVersion: null);
        }
        else
        {
            _slots.Remove(id);
        }

        return slot.Position >= 0;
    }

    /// <summary>A complaint's next instant, or null when it is not indexed.</summary>
    /// <param name="id">The complaint.</param>
    /// <returns>The instant.</returns>
    public Instant? Find(ComplaintId id) => _slots.TryGetValue(id, out var slot) && slot.Position >= 0 ? Instant.FromUnixTimeTicks(_heap[slot.Position].Due) : null;

    /// <summary>The complaints whose next instant is at or before <paramref name="now"/>, earliest first (then by id); the index is left as it is.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="limit">The most to return (1 to 10,000,000).</param>
    /// <returns>The due complaints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is out of range.</exception>
    public ImmutableArray<DueComplaint> Due(Instant now, int limit = 1_000_000)
    {
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 10_000_000);
        var bound = now.ToUnixTimeTicks();
        if (_count == 0 || _heap[0].Due > bound)
        {
            return [];
        }

        // Best-first walk of the heap's top: a small frontier of heap positions ordered by due; O(k log k).
        var frontier = new PriorityQueue<int, (long Due, string Id)>();
        frontier.Enqueue(0, Key(0));
        var result = ImmutableArray.CreateBuilder<DueComplaint>();
        while (result.Count < limit && frontier.TryDequeue(out var position, out _))
        {
            var entry = _heap[position];
            result.Add(new DueComplaint(entry.Id, Instant.FromUnixTimeTicks(entry.Due)));
            foreach (var child in (ReadOnlySpan<int>)[(2 * position) + 1, (2 * position) + 2])
            {
                if (child < _count && _heap[child].Due <= bound)
                {
                    frontier.Enqueue(child, Key(child));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Every indexed complaint and its next instant, earliest first (then by id).</summary>
    /// <returns>The entries.</returns>
    public ImmutableArray<DueComplaint> ToArray() => _count == 0 ? [] : Due(Instant.MaxValue, Math.Max(1, _count));

    // One computation of a next instant for every caller: the SLA engine's, at the history's latest event or later. A
    // closed complaint has nothing pending (closure ends every clock), so it gets none and leaves the index.
    internal Instant? NextOf(IReadOnlyList<ComplaintEvent> events, Instant now) =>
        SlaEngine.NextDue(events, Policy, Calendar, now < events[^1].At ? events[^1].At : now);

    // The checked computation behind an update from a history: the next instant and the version (the history's length).
    internal (Instant? Next, int Version) Compute(ComplaintId id, IReadOnlyList<ComplaintEvent> events, Instant now)
    {
        Guard.Against.Null(events);
        if (events.Count == 0 || events[0] is not ComplaintReceived received || received.ComplaintId != id)
        {
            throw new ArgumentException("The history must start with this complaint's ComplaintReceived.", nameof(events));
        }

        if (now < events[^1].At)
        {
            throw new ArgumentOutOfRangeException(nameof(now), "A next instant is computed at or after the history's latest event.");
        }

        return (NextOf(events, now), events.Count);
    }

    private (long, string) Key(int position) => (_heap[position].Due, _heap[position].Id.Value);

    private void Add(ComplaintId id, Instant due, int version)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, Math.Min(_heap.Length * 2, Array.MaxLength));
        }

        _heap[_count] = new Entry(due.ToUnixTimeTicks(), id);
        _slots[id] = new Slot(_count, version);
        _count++;
        SiftUp(_count - 1);
    }

    // Takes the entry off the heap; its id keeps a tombstone with its version unless it is forgotten (keepVersion null).
    private void RemoveAt(int position, int? keepVersion)
    {
        if (keepVersion is { } version)
        {
            _slots[_heap[position].Id] = new Slot(Gone, version);
        }
        else
        {
            _slots.Remove(_heap[position].Id);
        }

        _count--;
        if (position == _count)
        {
            _heap[_count] = default;
            return;
        }

        var last = _heap[_count];
        _heap[_count] = default;
        var removed = _heap[position];
        Place(position, last);
        if (Before(last, removed)) // the heap's own order (due, then id), so equal dues keep their order too
        {
            SiftUp(position);
        }
        else
        {
            SiftDown(position);
        }
    }

    private void Place(int position, Entry entry)
    {
        _heap[position] = entry;
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_slots, entry.Id);
        slot = slot with { Position = position };
    }

    private static bool Before(in Entry a, in Entry b) => a.Due < b.Due || (a.Due == b.Due && string.CompareOrdinal(a.Id.Value, b.Id.Value) < 0);

    private void SiftUp(int position)
    {
        var entry = _heap[position];
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (!Before(entry, _heap[parent]))
            {
                break;
            }

            Place(position, _heap[parent]);
            position = parent;
        }

        Place(position, entry);
    }

    private void SiftDown(int position)
    {
        var entry = _heap[position];
        while (true)
        {
            var child = (2 * position) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], entry))
            {
                break;
            }

            Place(position, _heap[child]);
            position = child;
        }

        Place(position, entry);
    }

    private readonly record struct Entry(long Due, ComplaintId Id);

    private const int Gone = -1; // the position of a tombstone

    private readonly record struct Slot(int Position, int Version);
}
