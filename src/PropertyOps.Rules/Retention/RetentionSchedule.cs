using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Documents;

namespace PropertyOps.Rules.Retention;

/// <summary>
/// A retention schedule (D11): record types with how long each is kept and from when. It answers "what may be destroyed
/// today, what needs review, and why" (<see cref="DueForDisposition(IReadOnlyList{RetainedRecord}, IEnumerable{LegalHold}, LocalDate)"/>)
/// and "may this be destroyed now" (<see cref="Judge"/>).
/// </summary>
public sealed class RetentionSchedule
{
    private static readonly RuleId D11 = RuleId.Parse("D11");

    private readonly ImmutableDictionary<string, RetentionRule> _rules;

    /// <summary>Creates a schedule.</summary>
    /// <param name="rules">The rules (each record type once).</param>
    /// <exception cref="ArgumentException">A record type repeats or a rule is null.</exception>
    public RetentionSchedule(IEnumerable<RetentionRule> rules)
    {
        Guard.Against.Null(rules);
        var builder = ImmutableDictionary.CreateBuilder<string, RetentionRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule is null || !builder.TryAdd(rule.RecordType, rule))
            {
                throw new ArgumentException($"The record type {rule?.RecordType ?? "(null)"} is listed twice or is null.", nameof(rules));
            }
        }

        _rules = builder.ToImmutable();
    }

    /// <summary>The rules, by record type.</summary>
    public ImmutableDictionary<string, RetentionRule> Rules => _rules;

    /// <summary>Where one record stands on a day, and why.</summary>
    /// <param name="record">The record.</param>
    /// <param name="holds">The legal holds standing.</param>
    /// <param name="today">The day.</param>
    /// <returns>The status, the day its retention ends (when known), the hold covering it, and the reason in words.</returns>
    public Disposition Judge(RetainedRecord record, IEnumerable<LegalHold> holds, LocalDate today)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(holds);
        CheckType(record, -1);
        var hold = holds.Where(h => h is not null && h.IsActiveOn(today)).OrderBy(h => h.Id, StringComparer.Ordinal).FirstOrDefault(h => h.Covers(record.Id, record.RecordType));
        var (status, end) = Status(record, hold is not null, today);
        return new Disposition(record, status, end, hold, _rules.GetValueOrDefault(record.RecordType));
    }

    /// <summary>
    /// What may be destroyed on a day (D11): every record whose retention period has ended and that no standing legal hold
    /// covers, and every record the schedule cannot judge (for review) — with the reason for each record.
    /// </summary>
    /// <param name="records">The catalogue of records.</param>
    /// <param name="holds">The legal holds standing.</param>
    /// <param name="today">The day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A record or hold is null.</exception>
    public DispositionReport DueForDisposition(IReadOnlyList<RetainedRecord> records, IEnumerable<LegalHold> holds, LocalDate today)
    {
        Guard.Against.Null(records);
        Guard.Against.Null(holds);
        var standing = holds.Select(h => h ?? throw new ArgumentException("A hold is null.", nameof(holds))).Where(h => h.IsActiveOn(today)).OrderBy(h => h.Id, StringComparer.Ordinal).ToImmutableArray();

        // Every covered id and type, each with the first hold (by id) covering it.
        var heldIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var heldTypes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < standing.Length; i++)
        {
            foreach (var id in standing[i].DocumentNumbers)
            {
                heldIds.TryAdd(id, i);
            }

            foreach (var type in standing[i].RecordTypes)
            {
                heldTypes.TryAdd(type, i);
            }
        }

        if (standing.Length > short.MaxValue)
        {
            throw new ArgumentException($"At most {short.MaxValue} legal holds are judged at once.", nameof(holds));
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is null)
            {
                throw new ArgumentException($"Record #{i} is null.", nameof(records));
            }

            CheckType(records[i], i);
        }

        var statuses = new DispositionStatus[records.Count];
        var holdOf = new short[records.Count];
        var due = 0;
        var review = 0;
        var chunks = (records.Count + 8191) / 8192;
        var counts = new (int Due, int Review)[chunks];
        void Judge(int chunk)
        {
            int d = 0, r = 0;
            for (int i = chunk * 8192, end = Math.Min(records.Count, i + 8192); i < end; i++)
            {
                var record = records[i];
                var held = -1;
                if (heldIds.Count > 0 && heldIds.TryGetValue(record.Id, out var byId))
                {
                    held = byId;
                }

                if (heldTypes.Count > 0 && record.RecordType.Length > 0 && heldTypes.TryGetValue(record.RecordType, out var byType) && (held < 0 || byType < held))
                {
                    held = byType;
                }

                holdOf[i] = (short)held;
                var (status, _) = Status(record, held >= 0, today);
                statuses[i] = status;
                d += status == DispositionStatus.Due ? 1 : 0;
                r += status == DispositionStatus.NeedsReview ? 1 : 0;
            }

            counts[chunk] = (d, r);
        }

        if (chunks > 1 && Environment.ProcessorCount > 1)
        {
            System.Threading.Tasks.Parallel.For(0, chunks, Judge);
        }
        else
        {
            for (var c = 0; c < chunks; c++)
            {
                Judge(c);
            }
        }

        foreach (var (d, r) in counts)
        {
            due += d;
            review += r;
        }

        return new DispositionReport(this, records, standing, statuses, holdOf, today, due, review);
    }

    /// <summary>What may be destroyed in an archive on a day: its documents, voided ones counted from their voiding.</summary>
    /// <param name="archive">The archive.</param>
    /// <param name="zone">The estate's time zone (for the day a document was voided).</param>
    /// <param name="today">The day.</param>
    /// <returns>The report.</returns>
    public DispositionReport DueForDisposition(ArchiveState archive, DateTimeZone zone, LocalDate today)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(zone);
        // Documents under no record type are governed by D10 alone, not by the retention schedule.
        var records = archive.Documents.Values.Where(d => !d.OriginalDestroyed && d.Document.RecordType.Length > 0).OrderBy(d => d.Document.Number, StringComparer.Ordinal).ThenBy(d => d.Document.Version, StringComparer.Ordinal)
            .Select(d => RetainedRecord.Of(d.Document, d.VoidedAt?.InZone(zone).Date)).ToArray();
        return DueForDisposition(records, archive.AllHolds, today);
    }

    internal (DispositionStatus Status, LocalDate? End) Status(RetainedRecord record, bool held, LocalDate today)
    {
        if (!_rules.TryGetValue(record.RecordType, out var rule))
        {
            return (held ? DispositionStatus.Held : DispositionStatus.NeedsReview, null);
        }

        if (rule.Period.IsPermanent)
        {
            return (held ? DispositionStatus.Held : DispositionStatus.Permanent, null);
        }

        LocalDate? start = rule.Trigger switch
        {
            RetentionTrigger.Creation => record.CreatedOn,
            RetentionTrigger.Voiding => record.VoidedOn,
            _ => record.ClosedOn,
        };
        if (start is not { } from)
        {
            return (held ? DispositionStatus.Held : DispositionStatus.NeedsReview, null);
        }

        var end = from.PlusYears(rule.Period.Years);
        return (held ? DispositionStatus.Held : today >= end ? DispositionStatus.Due : DispositionStatus.NotYetDue, end);
    }

    internal static RuleId Rule => D11;

    private void CheckType(RetainedRecord record, int index)
    {
        if (!_rules.ContainsKey(record.RecordType))
        {
            throw new ArgumentException(
                $"{(index < 0 ? "The record" : $"Record #{index}")} is of type '{Redaction.Excerpt(record.RecordType)}', which the retention schedule does not list (D11); the schedule lists {string.Join(", ", _rules.Keys.Order(StringComparer.Ordinal).Take(10))}.",
                index < 0 ? "record" : "records");
        }
    }
}
