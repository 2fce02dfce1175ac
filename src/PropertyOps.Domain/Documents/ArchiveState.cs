using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Documents;

/// <summary>
/// The archive's registers, folded from its records: documents and copies, loans, legal holds, the request ids seen. Immutable:
/// the archive decider (<c>PropertyOps.Rules.Retention.ArchiveDesk</c>: <c>Decide</c>, <c>Evolve</c>, <c>Replay</c>) changes it.
/// </summary>
public sealed record ArchiveState
{
    /// <summary>The empty archive.</summary>
    public static ArchiveState Empty { get; } = new();

    /// <summary>The documents, by number and version.</summary>
    public ImmutableDictionary<(string Number, string Version), ArchivedDocument> Documents { get; init; } = ImmutableDictionary<(string Number, string Version), ArchivedDocument>.Empty;

    /// <summary>The loans, by loan id.</summary>
    public ImmutableDictionary<string, LoanRecord> Loans { get; init; } = ImmutableDictionary.Create<string, LoanRecord>(StringComparer.Ordinal);

    /// <summary>The legal holds standing, by id.</summary>
    public ImmutableDictionary<string, LegalHold> Holds { get; init; } = ImmutableDictionary.Create<string, LegalHold>(StringComparer.Ordinal);

    /// <summary>The legal holds released, in the order released, each with the day placed and released (for disposition lists of past days).</summary>
    public ImmutableList<LegalHold> ReleasedHolds { get; init; } = [];

    /// <summary>Every legal hold the archive has known, standing or released, each with its dates.</summary>
    public IEnumerable<LegalHold> AllHolds => Holds.Values.Concat(ReleasedHolds);

    /// <summary>Every department known to the archive (owners of documents, recipients of copies): each gets a void notice.</summary>
    public ImmutableSortedSet<string> Departments { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The request ids already recorded.</summary>
    public CommandIdSet CommandIds { get; init; } = CommandIdSet.Empty;

    /// <summary>The time of the latest record.</summary>
    public Instant LastEventAt { get; init; } = Instant.MinValue;

    /// <summary>How many records were folded.</summary>
    public int Version { get; init; }

    /// <inheritdoc />
    public bool Equals(ArchiveState? other) =>
        other is not null && Version == other.Version && LastEventAt == other.LastEventAt && CommandIds.Equals(other.CommandIds)
        && Departments.SetEquals(other.Departments) && Same(Documents, other.Documents) && Same(Loans, other.Loans) && Same(Holds, other.Holds)
        && ReleasedHolds.SequenceEqual(other.ReleasedHolds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, LastEventAt, Documents.Count, Loans.Count, Holds.Count);

    /// <summary>The loans out past their due day.</summary>
    /// <param name="today">Today in the estate's zone.</param>
    /// <returns>The overdue loans, earliest due first.</returns>
    public ImmutableArray<LoanRecord> Overdue(LocalDate today) =>
        [.. Loans.Values.Where(l => l.IsOverdue(today)).OrderBy(l => l.Grant.DueOn).ThenBy(l => l.Grant.LoanId, StringComparer.Ordinal)];

    /// <summary>The document filed under a number and version.</summary>
    /// <param name="number">The number.</param>
    /// <param name="version">The version.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    public ArchivedDocument? Find(string number, string version) => Documents.GetValueOrDefault((number, version));

    /// <summary>Whether a standing legal hold covers a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The first hold covering it, or <see langword="null"/>.</returns>
    public LegalHold? HoldOn(Document document)
    {
        Guard.Against.Null(document);
        return Holds.Values.OrderBy(h => h.Id, StringComparer.Ordinal).FirstOrDefault(h => h.Covers(document.Number, document.RecordType));
    }

    // Applies one record: the archive decider's Evolve (PropertyOps.Rules.Retention.ArchiveDesk.Evolve) is the public door.
    internal ArchiveState Apply(ArchiveEvent @event)
    {
        Guard.Against.Null(@event);
        if (@event.At < LastEventAt)
        {
            throw new InvalidOperationException("An archive record is earlier than the previous one.");
        }

        var next = this with { LastEventAt = @event.At, Version = Version + 1, CommandIds = CommandIds.Add(@event.CommandId) };
        return @event switch
        {
            DocumentRegistered e => next with
            {
                Documents = next.Documents.Add((e.Document.Number, e.Document.Version), new ArchivedDocument(e.Document, ImmutableSortedDictionary<int, CopyState>.Empty, 0, null, false)),
                Departments = next.Departments.Add(e.Document.Department),
            },
            CopiesDistributed e => next.Update(e.Number, e.Version, d => d with
            {
                Copies = d.Copies.SetItems(e.DistributionNumbers.Select(n => KeyValuePair.Create(n, new CopyState(n, e.Recipient, CopyStatus.InUse, e.SignedBy.Id)))),
                LastDistributionNumber = Math.Max(d.LastDistributionNumber, e.DistributionNumbers.Max()),
            }) with { Departments = next.Departments.Add(e.Recipient) },
            LoanGranted e => next with { Loans = next.Loans.Add(e.LoanId, new LoanRecord(e, null)) },
            LoanReturned e => next with { Loans = next.Loans.SetItem(e.LoanId, (next.Loans.GetValueOrDefault(e.LoanId) ?? throw Unknown("loan")) with { Return = e }) },
            CopiesRecalled e => next.Update(e.Number, e.Version, d => d with
            {
                Copies = d.Copies.SetItems(e.DistributionNumbers.Select(n => KeyValuePair.Create(n, d.Copies[n] with { Status = CopyStatus.Recalled }))),
            }),
            DocumentCopied => next,
            CopyReissued e => next.Update(e.Number, e.Version, d => d with
            {
                Copies = d.Copies.SetItem(e.Replaced, d.Copies[e.Replaced] with { Status = e.Reason == ReissueReason.Lost ? CopyStatus.Lost : CopyStatus.Withdrawn })
                    .SetItem(e.NewNumber, new CopyState(e.NewNumber, d.Copies[e.Replaced].Department, CopyStatus.InUse, d.Copies[e.Replaced].SignedBy)),
                LastDistributionNumber = Math.Max(d.LastDistributionNumber, e.NewNumber),
            }),
            DocumentVoided e => next.Update(e.Number, e.Version, d => d with
            {
                VoidedAt = e.At,
                OriginalKeptVoid = e.Kept.Contains(0),
                Copies = d.Copies.SetItems(
                    e.Kept.Where(n => n != 0).Select(n => KeyValuePair.Create(n, d.Copies[n] with { Status = CopyStatus.KeptVoid }))
                        .Concat(e.ToDestroy.Select(n => KeyValuePair.Create(n, d.Copies[n] with { Status = CopyStatus.ToDestroy })))),
            }),
            DocumentDestroyed e => next.Update(e.Number, e.Version, d => d with
            {
                OriginalDestroyed = d.OriginalDestroyed || e.DistributionNumbers.Contains(0),
                Copies = d.Copies.SetItems(e.DistributionNumbers.Where(n => n != 0).Select(n => KeyValuePair.Create(n, d.Copies[n] with { Status = CopyStatus.Destroyed }))),
            }),
            HoldPlaced e => next with { Holds = next.Holds.Add(e.Hold.Id, e.Hold) },
            HoldReleased e => next.Holds.TryGetValue(e.HoldId, out var hold)
                ? next with { Holds = next.Holds.Remove(e.HoldId), ReleasedHolds = next.ReleasedHolds.Add(hold with { ReleasedOn = e.ReleasedOn < hold.PlacedOn ? hold.PlacedOn : e.ReleasedOn }) }
                : throw Unknown("hold"),
            _ => throw new InvalidOperationException($"Unknown archive record {@event.GetType().Name}."),
        };
    }

    private static bool Same<TKey, TValue>(ImmutableDictionary<TKey, TValue> left, ImmutableDictionary<TKey, TValue> right)
        where TKey : notnull =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var value) && EqualityComparer<TValue>.Default.Equals(p.Value, value));

    private static InvalidOperationException Unknown(string what) => new($"The record names an unknown {what}.");

    private ArchiveState Update(string number, string version, Func<ArchivedDocument, ArchivedDocument> change)
    {
        var key = (number, version);
        var document = Documents.GetValueOrDefault(key) ?? throw Unknown("document");
        try
        {
            return this with { Documents = Documents.SetItem(key, change(document)) };
        }
        catch (KeyNotFoundException)
        {
            throw Unknown("copy");
        }
    }
}
