using System;
using System.Collections.Generic;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// An append-only buffer of sweep items in fixed chunks: growing never copies, and chunks stay below the large-object
/// threshold, so a sweep on several cores allocates only what it reports, once.
/// </summary>
internal sealed class SweepBuffer
{
    private const int ChunkSize = 2048; // 2,048 × 32 bytes stays under the 85,000-byte large-object threshold
    private readonly List<SweepItem[]> _chunks = [];
    private SweepItem[] _current = [];
    private int _last = ChunkSize;

    public int Count { get; private set; }

    public void Add(in SweepItem item)
    {
        if (_last == ChunkSize)
        {
            // Chunks live as long as the result: allocated where the GC never copies them (the pinned object heap)
            // and not zeroed, since every slot read is written first.
            _current = GC.AllocateUninitializedArray<SweepItem>(ChunkSize, pinned: true);
            _chunks.Add(_current);
            _last = 0;
        }

        _current[_last++] = item;
        Count++;
    }

    /// <summary>Appends this buffer's chunks and their filled lengths to the lists a <see cref="SweepItems"/> is built from.</summary>
    public void AppendTo(List<SweepItem[]> chunks, List<int> lengths)
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            chunks.Add(_chunks[c]);
            lengths.Add(c == _chunks.Count - 1 ? _last : ChunkSize);
        }
    }

    public void CopyTo(Span<SweepItem> destination)
    {
        var offset = 0;
        for (var c = 0; c < _chunks.Count; c++)
        {
            var length = c == _chunks.Count - 1 ? _last : ChunkSize;
            _chunks[c].AsSpan(0, length).CopyTo(destination[offset..]);
            offset += length;
        }
    }
}
