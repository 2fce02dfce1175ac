using System;
using System.Collections;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// The items a sweep found, in list order: a read-only list kept in the fixed-size chunks the sweep wrote them into, so a
/// sweep over millions of complaints never copies its results into one large array.
/// </summary>
public sealed class SweepItems : IReadOnlyList<SweepItem>
{
    private readonly SweepItem[][] _chunks;
    private readonly int[] _lengths;
    private readonly int[] _offsets; // the index of each chunk's first item

    internal SweepItems(SweepItem[][] chunks, int[] lengths)
    {
        _chunks = chunks;
        _lengths = lengths;
        _offsets = new int[chunks.Length];
        var total = 0;
        for (var c = 0; c < chunks.Length; c++)
        {
            _offsets[c] = total;
            total += lengths[c];
        }

        Count = total;
    }

    /// <summary>An empty list.</summary>
    public static SweepItems Empty { get; } = new([], []);

    /// <summary>The number of items.</summary>
    public int Count { get; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public SweepItem this[int index]
    {
        get
        {
            Guard.Against.OutOfRange(index, nameof(index), 0, Count - 1);
            var c = Array.BinarySearch(_offsets, index);
            if (c < 0)
            {
                c = ~c - 1;
            }

            // Empty chunks share their offset with the next one: move to the chunk that holds the item.
            while (index - _offsets[c] >= _lengths[c])
            {
                c++;
            }

            return _chunks[c][index - _offsets[c]];
        }
    }

    /// <summary>Copies the items to <paramref name="destination"/>, in order.</summary>
    /// <param name="destination">Where to copy; at least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public void CopyTo(Span<SweepItem> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} items; {Count} are needed.", nameof(destination));
        }

        for (var c = 0; c < _chunks.Length; c++)
        {
            _chunks[c].AsSpan(0, _lengths[c]).CopyTo(destination[_offsets[c]..]);
        }
    }

    /// <summary>Whether both lists hold equal items in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns><see langword="true"/> when they do.</returns>
    public bool SequenceEqual(SweepItems? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        var mine = GetEnumerator();
        foreach (var item in other)
        {
            mine.MoveNext();
            if (!item.Equals(mine.Current))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enumerates the items in order without allocating per item.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SweepItem> IEnumerable<SweepItem>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of items.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} sweep item(s)";

    /// <summary>Walks the chunks in order.</summary>
    public struct Enumerator : IEnumerator<SweepItem>
    {
        private readonly SweepItems _items;
        private int _chunk;
        private int _index;

        internal Enumerator(SweepItems items)
        {
            _items = items;
            _chunk = 0;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly SweepItem Current => _items._chunks[_chunk][_index];

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next item.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            _index++;
            while (_chunk < _items._chunks.Length && _index >= _items._lengths[_chunk])
            {
                _chunk++;
                _index = 0;
            }

            return _chunk < _items._chunks.Length;
        }

        /// <summary>Starts again.</summary>
        public void Reset()
        {
            _chunk = 0;
            _index = -1;
        }

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}
