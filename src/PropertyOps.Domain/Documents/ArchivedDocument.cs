using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PropertyOps.Domain.Documents;

/// <summary>A filed document and its copies.</summary>
/// <param name="Document">The document.</param>
/// <param name="Copies">Its distributed copies by distribution number.</param>
/// <param name="LastDistributionNumber">The highest distribution number given so far (the next continues from it, D9).</param>
/// <param name="VoidedAt">When it was voided, if it was.</param>
/// <param name="OriginalDestroyed">Whether the filed original was destroyed.</param>
public sealed record ArchivedDocument(Document Document, ImmutableSortedDictionary<int, CopyState> Copies, int LastDistributionNumber, Instant? VoidedAt, bool OriginalDestroyed)
{
    /// <summary>Whether it is void.</summary>
    public bool IsVoid => VoidedAt is not null;

    /// <summary>Whether the filed original is one of the copies kept on file stamped VOID (D10): it is never destroyed.</summary>
    public bool OriginalKeptVoid { get; init; }

    /// <summary>Whether the copy <paramref name="number"/> (0 for the original) is kept on file stamped VOID (D10).</summary>
    /// <param name="number">The distribution number, or 0.</param>
    /// <returns><see langword="true"/> when it is kept.</returns>
    public bool IsKept(int number) => number == 0 ? OriginalKeptVoid : Copies.TryGetValue(number, out var copy) && copy.Status == CopyStatus.KeptVoid;

    /// <summary>Whether the copy <paramref name="number"/> (0 for the original) may still be destroyed: it exists in the office's or a department's hands, is not destroyed, not kept on file, not lost and not withdrawn.</summary>
    /// <param name="number">The distribution number, or 0.</param>
    /// <returns><see langword="true"/> when it may be destroyed.</returns>
    public bool IsDestroyable(int number) => number == 0
        ? !OriginalDestroyed && !OriginalKeptVoid
        : Copies.TryGetValue(number, out var copy) && copy.Status is CopyStatus.InUse or CopyStatus.ToDestroy or CopyStatus.Recalled;

    /// <inheritdoc />
    public bool Equals(ArchivedDocument? other) =>
        other is not null && Document == other.Document && LastDistributionNumber == other.LastDistributionNumber && VoidedAt == other.VoidedAt
        && OriginalDestroyed == other.OriginalDestroyed && OriginalKeptVoid == other.OriginalKeptVoid && Copies.Count == other.Copies.Count && Copies.Values.SequenceEqual(other.Copies.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, LastDistributionNumber, VoidedAt, OriginalDestroyed, Copies.Count);

    /// <summary>The copies in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Their distribution numbers.</returns>
    public ImmutableArray<int> CopiesIn(CopyStatus status) => [.. Copies.Values.Where(c => c.Status == status).Select(c => c.Number)];
}
