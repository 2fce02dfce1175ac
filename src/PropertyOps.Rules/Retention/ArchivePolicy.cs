using System;
using NodaTime;

namespace PropertyOps.Rules.Retention;

/// <summary>The archive's policy: who may borrow what, how long records are kept, and the estate's time zone.</summary>
/// <param name="Lending">The lending policy (D6, D7, D12).</param>
/// <param name="Retention">The retention schedule (D11).</param>
/// <param name="Zone">The estate's time zone (for due days and retention days).</param>
public sealed record ArchivePolicy(LendingPolicy Lending, RetentionSchedule Retention, DateTimeZone Zone)
{
    /// <summary>The lending policy.</summary>
    public LendingPolicy Lending { get; } = Lending ?? throw new ArgumentNullException(nameof(Lending));

    /// <summary>The retention schedule.</summary>
    public RetentionSchedule Retention { get; } = Retention ?? throw new ArgumentNullException(nameof(Retention));

    /// <summary>The zone.</summary>
    public DateTimeZone Zone { get; } = Zone ?? throw new ArgumentNullException(nameof(Zone));
}
