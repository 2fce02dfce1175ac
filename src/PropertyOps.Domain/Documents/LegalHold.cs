using System;
using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>
/// A legal hold (诉讼/调查保全): it covers documents by number and whole record types; from the day it is placed until the day
/// it is released, nothing it covers is destroyed or listed as due (D11). The archive desk dates a hold when it is placed
/// and released; a disposition list for any day reads the holds' own dates.
/// </summary>
/// <param name="Id">The hold's id.</param>
/// <param name="Reason">Litigation or investigation.</param>
/// <param name="DocumentNumbers">The document numbers covered.</param>
/// <param name="RecordTypes">The retention record types covered in full.</param>
public sealed record LegalHold(string Id, HoldReason Reason, ImmutableHashSet<string> DocumentNumbers, ImmutableHashSet<string> RecordTypes)
{
    /// <summary>The id.</summary>
    public string Id { get; } = Preconditions.IsKey(Id) ? Id : throw new ArgumentException("A hold id has 1–64 letters, digits, '-', '_', ':' or '.'.", nameof(Id));

    /// <summary>Litigation or investigation.</summary>
    public HoldReason Reason { get; } = Enum.IsDefined(Reason) ? Reason : throw new ArgumentOutOfRangeException(nameof(Reason), "Unknown hold reason.");

    /// <summary>The document numbers covered.</summary>
    public ImmutableHashSet<string> DocumentNumbers { get; } = (DocumentNumbers ?? []).WithComparer(StringComparer.Ordinal);

    /// <summary>The record types covered.</summary>
    public ImmutableHashSet<string> RecordTypes { get; } = (RecordTypes ?? []).WithComparer(StringComparer.Ordinal);

    /// <summary>The day it was placed (the earliest date by default: a hold given without one covers every past day).</summary>
    public LocalDate PlacedOn { get; init; } = LocalDate.MinIsoValue;

    /// <summary>The day it was released, or null while it stands; not before <see cref="PlacedOn"/>.</summary>
    /// <exception cref="ArgumentException">The day is before the day the hold was placed.</exception>
    public LocalDate? ReleasedOn
    {
        get;
        init => field = value is { } day && day < PlacedOn ? throw new ArgumentException("A hold is released on or after the day it was placed.", nameof(ReleasedOn)) : value;
    }

    /// <summary>Whether the hold stands on <paramref name="day"/>: placed by then and not yet released.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when it stands.</returns>
    public bool IsActiveOn(LocalDate day) => PlacedOn <= day && (ReleasedOn is not { } released || day < released);

    /// <summary>Whether the hold covers a document.</summary>
    /// <param name="documentNumber">Its number.</param>
    /// <param name="recordType">Its record type.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(string documentNumber, string recordType) =>
        DocumentNumbers.Contains(documentNumber) || (recordType.Length > 0 && RecordTypes.Contains(recordType));

    /// <inheritdoc />
    public bool Equals(LegalHold? other) => other is not null && Id == other.Id && Reason == other.Reason && PlacedOn == other.PlacedOn && ReleasedOn == other.ReleasedOn
        && DocumentNumbers.SetEquals(other.DocumentNumbers) && RecordTypes.SetEquals(other.RecordTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Reason, DocumentNumbers.Count, RecordTypes.Count);
}
