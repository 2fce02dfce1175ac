using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>One line of the archive catalogue (存档备案资料目录, D4): what is filed under an index number, how many copies, and a description.</summary>
/// <param name="Index">The index number (D3).</param>
/// <param name="DocumentNumber">The document filed there.</param>
/// <param name="Version">Its version.</param>
/// <param name="Copies">How many copies are filed, 1–999.</param>
/// <param name="Description">An optional description (empty when none).</param>
public sealed record CatalogueEntry(IndexNumber Index, string DocumentNumber, string Version, int Copies, string Description)
{
    /// <summary>The index number.</summary>
    public IndexNumber Index { get; } = Index.IsEmpty ? throw new ArgumentException("A catalogue entry needs an index number.", nameof(Index)) : Index;

    /// <summary>The document number.</summary>
    public string DocumentNumber { get; } = Document.CheckNumber(DocumentNumber);

    /// <summary>The version.</summary>
    public string Version { get; } = Document.CheckVersion(Version);

    /// <summary>How many copies are filed.</summary>
    public int Copies { get; } = Copies is >= 1 and <= 999 ? Copies : throw new ArgumentOutOfRangeException(nameof(Copies), Copies, "1–999 copies.");

    /// <summary>The description.</summary>
    public string Description { get; } = Description is null or "" ? string.Empty : Preconditions.CheckText(Description, 200);
}
