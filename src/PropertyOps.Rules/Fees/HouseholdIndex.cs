using System;
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
internal sealed class HouseholdIndex
{
    private readonly List<Household> _homes;
    private readonly int[] _slots; // row + 1; 0 is empty
    private readonly int _mask;

    private HouseholdIndex(List<Household> homes)
    {
        _homes = homes;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, homes.Count * 2));
        _slots = new int[size];
        _mask = size - 1;
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
            var slot = index.Probe(home.Id, out var found);
            if (found >= 0)
            {
                throw new ArgumentException($"Household {Redaction.Mask(home.Id)} is listed twice.", nameof(households));
            }

            index._slots[slot] = i + 1;
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

        Probe(id, out row);
        return row >= 0;
    }

    // Linear probing from the id's hash: the slot holding the id (row set), or the empty slot where it would go (row −1).
    private int Probe(string id, out int row)
    {
        var slot = id.GetHashCode() & _mask;
        while (true)
        {
            var held = _slots[slot];
            if (held == 0)
            {
                row = -1;
                return slot;
            }

            if (string.Equals(_homes[held - 1].Id, id, StringComparison.Ordinal))
            {
                row = held - 1;
                return slot;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
