using System;
using System.Collections.Generic;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// An append-only buffer of sweep items in fixed chunks: growing never copies, and chunks stay below the large-object
/// threshold, so a sweep on several cores allocates only what it reports, once.
/// </summary>
internal sealed class SweepBuffer
{
    private const int ChunkSize = 1024; // 1,024 × 48 bytes stays under the 85,000-byte large-object threshold
    private readonly List<SweepItem[]> _chunks = [];
    private int _last = ChunkSize;

    public int Count { get; private set; }

    public void Add(in SweepItem item)
    {
        if (_last == ChunkSize)
        {
            _chunks.Add(new SweepItem[ChunkSize]);
            _last = 0;
        }

        _chunks[^1][_last++] = item;
        Count++;
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
