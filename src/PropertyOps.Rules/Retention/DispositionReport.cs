using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PropertyOps.Domain.Documents;

namespace PropertyOps.Rules.Retention;

/// <summary>
/// The disposition list of a catalogue on a day (D11): which records may be destroyed, which need review, and for any
/// record why it is or is not due. Reasons are worked out when read.
/// </summary>
public sealed class DispositionReport
{
    private readonly RetentionSchedule _schedule;
    private readonly IReadOnlyList<RetainedRecord> _records;
    private readonly ImmutableArray<LegalHold> _holds;
    private readonly DispositionStatus[] _statuses;
    private readonly short[] _holdOf;

    internal DispositionReport(RetentionSchedule schedule, IReadOnlyList<RetainedRecord> records, ImmutableArray<LegalHold> holds, DispositionStatus[] statuses, short[] holdOf, LocalDate today, int due, int review)
    {
        _schedule = schedule;
        _records = records;
        _holds = holds;
        _statuses = statuses;
        _holdOf = holdOf;
        Today = today;
        DueCount = due;
        ReviewCount = review;
    }

    /// <summary>The day judged.</summary>
    public LocalDate Today { get; }

    /// <summary>How many records are judged.</summary>
    public int Count => _statuses.Length;

    /// <summary>How many may be destroyed.</summary>
    public int DueCount { get; }

    /// <summary>How many need review.</summary>
    public int ReviewCount { get; }

    /// <summary>The records that may be destroyed, in catalogue order.</summary>
    public ImmutableArray<RetainedRecord> Due => Select(DispositionStatus.Due, DueCount);

    /// <summary>The records that need review, in catalogue order.</summary>
    public ImmutableArray<RetainedRecord> NeedsReview => Select(DispositionStatus.NeedsReview, ReviewCount);

    /// <summary>The status of the record at a position of the catalogue.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the catalogue.</exception>
    public DispositionStatus StatusAt(int index) => (uint)index < (uint)_statuses.Length ? _statuses[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Why the record at a position is or is not due.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The disposition with its reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the catalogue.</exception>
    public Disposition Explain(int index)
    {
        var status = StatusAt(index);
        var record = _records[index];
        var hold = _holdOf[index] >= 0 ? _holds[_holdOf[index]] : null;
        var (_, end) = _schedule.Status(record, hold is not null, Today);
        return new Disposition(record, status, end, hold, _schedule.Rules.GetValueOrDefault(record.RecordType));
    }

    private ImmutableArray<RetainedRecord> Select(DispositionStatus status, int count)
    {
        var builder = ImmutableArray.CreateBuilder<RetainedRecord>(count);
        for (var i = 0; i < _statuses.Length; i++)
        {
            if (_statuses[i] == status)
            {
                builder.Add(_records[i]);
            }
        }

        return builder.MoveToImmutable();
    }
}
