using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// The households of one bill by id: an open-addressed table of row numbers (4 bytes a slot, at most half full) over the
/// households themselves, so a large estate's index takes about a third of a dictionary's memory. Ids are hashed with
/// the runtime's randomised string hash, so no set of ids can be made to collide on purpose.
/// </summary>
internal sealed class HouseholdIndex : IDisposable
{
    private readonly List<Household> _homes;
    // Both tables are rented and handed back when the bill is drawn up (Dispose): a large estate's tables would otherwise be
    // new large-object-heap arrays on every bill, and each such run brings the next full collection closer.
    private readonly string[] _ids; // the ids by row, so a probe compares strings without reaching into each household
    private readonly Slot[] _slots; // Row is row + 1; 0 is empty
    private readonly int _mask;

    private HouseholdIndex(List<Household> homes)
    {
        _homes = homes;
        _ids = ArrayPool<string>.Shared.Rent(homes.Count);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, homes.Count * 2));
        _slots = ArrayPool<Slot>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Hands the tables back; the index is not used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<string>.Shared.Return(_ids, clearArray: true);
        ArrayPool<Slot>.Shared.Return(_slots);
    }

    /// <summary>The households in the order given.</summary>
    public List<Household> Homes => _homes;

    /// <summary>Indexes the households, each id once.</summary>
    /// <exception cref="ArgumentException">A household is null or an id repeats (the message masks it).</exception>
    public static HouseholdIndex Of(IEnumerable<Household> households)
    {
        var index = new HouseholdIndex([.. households]);
        var homes = index._homes;
        for (var i = 0; i < homes.Count; i++)
        {
            var home = homes[i] ?? throw new ArgumentException($"Household #{i} is null.", nameof(households));
            var hash = home.Id.GetHashCode();
            var slot = index.Probe(home.Id, hash, out var found);
            if (found >= 0)
            {
                throw new ArgumentException($"Household {Redaction.Mask(home.Id)} is listed twice.", nameof(households));
            }

            index._ids[i] = home.Id;
            index._slots[slot] = new Slot(hash, i + 1);
        }

        return index;
    }

    /// <summary>The row of the household with this id.</summary>
    public bool TryGetValue(string? id, out int row)
    {
        if (id is null)
        {
            row = -1;
            return false;
        }

        Probe(id, id.GetHashCode(), out row);
        return row >= 0;
    }

    // Linear probing from the id's hash: the slot holding the id (row set), or the empty slot where it would go (row −1).
    // A slot keeps its id's hash, so only a slot with the same hash costs a string comparison.
    private int Probe(string id, int hash, out int row)
    {
        var slot = hash & _mask;
        while (true)
        {
            var held = _slots[slot];
            if (held.Row == 0)
            {
                row = -1;
                return slot;
            }

            if (held.Hash == hash && string.Equals(_ids[held.Row - 1], id, StringComparison.Ordinal))
            {
                row = held.Row - 1;
                return slot;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(int Hash, int Row);
}
