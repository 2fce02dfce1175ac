using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Documents;

/// <summary>
/// 存档备案资料目录 — the archive catalogue (D4): entries by index number and the cabinets with their labelled ranges.
/// Immutable; index numbers are unique and cabinet ranges do not overlap. Look-ups are by binary search.
/// </summary>
public sealed class ArchiveCatalogue
{
    private readonly ImmutableArray<CatalogueEntry> _entries;
    private readonly ImmutableArray<CabinetRange> _cabinets;

    private ArchiveCatalogue(ImmutableArray<CatalogueEntry> entries, ImmutableArray<CabinetRange> cabinets)
    {
        _entries = entries;
        _cabinets = cabinets;
    }

    /// <summary>The empty catalogue.</summary>
    public static ArchiveCatalogue Empty { get; } = new([], []);

    /// <summary>The entries, by index number.</summary>
    public ImmutableArray<CatalogueEntry> Entries => _entries;

    /// <summary>The cabinets, by range.</summary>
    public ImmutableArray<CabinetRange> Cabinets => _cabinets;

    /// <summary>Builds a catalogue.</summary>
    /// <param name="entries">The entries (each index number once).</param>
    /// <param name="cabinets">The cabinets (ranges that do not overlap).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">An index number repeats, cabinet ranges overlap, or an entry lies in no cabinet (when cabinets are given).</exception>
    public static ArchiveCatalogue Create(IEnumerable<CatalogueEntry> entries, IEnumerable<CabinetRange> cabinets)
    {
        Guard.Against.Null(entries);
        Guard.Against.Null(cabinets);
        var sorted = entries.Select(e => e ?? throw new ArgumentException("A catalogue entry is null.", nameof(entries))).OrderBy(e => e.Index).ToImmutableArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Index == sorted[i - 1].Index)
            {
                throw new ArgumentException($"The index number {sorted[i].Index} is filed twice (D4).", nameof(entries));
            }
        }

        var ranges = cabinets.Select(c => c ?? throw new ArgumentException("A cabinet is null.", nameof(cabinets))).OrderBy(c => c.First).ToImmutableArray();
        for (var i = 1; i < ranges.Length; i++)
        {
            if (ranges[i].First <= ranges[i - 1].Last)
            {
                throw new ArgumentException($"The cabinets {ranges[i - 1]} and {ranges[i]} overlap (D4).", nameof(cabinets));
            }
        }

        var catalogue = new ArchiveCatalogue(sorted, ranges);
        if (!ranges.IsEmpty && sorted.FirstOrDefault(e => catalogue.CabinetFor(e.Index) is null) is { } homeless)
        {
            throw new ArgumentException($"The entry {homeless.Index} lies in no cabinet's labelled range (D4).", nameof(entries));
        }

        return catalogue;
    }

    /// <summary>The entry filed under an index number.</summary>
    /// <param name="index">The index number.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public CatalogueEntry? Find(IndexNumber index)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = _entries[mid].Index.CompareTo(index);
            if (c == 0)
            {
                return _entries[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The entry filed under an index number given as text.</summary>
    /// <param name="index">The index number, e.g. <c>3-12.7-05</c>.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    /// <exception cref="FormatException">The text is not an index number (D3); the message gives the position.</exception>
    public CatalogueEntry? Find(string index) => Find(IndexNumber.Parse(index));

    /// <summary>The cabinet whose labelled range holds an index number.</summary>
    /// <param name="index">The index number.</param>
    /// <returns>The cabinet, or <see langword="null"/>.</returns>
    public CabinetRange? CabinetFor(IndexNumber index)
    {
        int lo = 0, hi = _cabinets.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cabinet = _cabinets[mid];
            if (cabinet.Contains(index))
            {
                return cabinet;
            }

            if (cabinet.Last < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
