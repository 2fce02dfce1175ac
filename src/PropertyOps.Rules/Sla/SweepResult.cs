using NodaTime;

namespace PropertyOps.Rules.Sla;

/// <summary>What a sweep found: every breached deadline, every conditional duty at risk, and every deadline due within the horizon, in list order.</summary>
/// <param name="Now">The instant swept at.</param>
/// <param name="Horizon">How far ahead due deadlines were collected.</param>
/// <param name="Breaches">Breached deadlines, by complaint position then policy order.</param>
/// <param name="DueSoon">Pending deadlines due in [now, now + horizon], by complaint position then policy order.</param>
/// <param name="AtRisk">Conditional duties past due with their condition undecided (<see cref="DeadlineStatus.AtRisk"/>): chased, not breaches.</param>
public sealed record SweepResult(Instant Now, Duration Horizon, SweepItems Breaches, SweepItems DueSoon, SweepItems AtRisk)
{
    /// <summary>Whether both sweeps found exactly the same deadlines in the same order.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when they are identical.</returns>
    public bool Equals(SweepResult? other) =>
        other is not null && Now == other.Now && Horizon == other.Horizon
        && Breaches.SequenceEqual(other.Breaches) && DueSoon.SequenceEqual(other.DueSoon) && AtRisk.SequenceEqual(other.AtRisk);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Now, Breaches.Count, DueSoon.Count, AtRisk.Count);
}
