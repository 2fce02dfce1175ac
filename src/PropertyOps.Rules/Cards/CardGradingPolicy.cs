using System;

namespace PropertyOps.Rules.Cards;

/// <summary>
/// How a year of monthly counts grades the owners' committee and the property company (K6, K7): the index formula, the
/// thresholds that decide reward, upgrade, keep, downgrade or penalty, and the red share that recommends "sent off"
/// (罚下: replacing the company, or re-electing the committee). Immutable; start from
/// <see cref="Presets.CardPresets.RedYellowBlueSystem"/>.
/// </summary>
/// <remarks>
/// Index = <see cref="BlueWeight"/> × blue share + <see cref="YellowWeight"/> × yellow share + <see cref="RedWeight"/> ×
/// red share, where a share is that colour's cards over all cards cast for the target in the year; it lies in
/// [<see cref="RedWeight"/>, <see cref="BlueWeight"/>]. An index at or above <see cref="RewardFrom"/> is rewarded, at or
/// above <see cref="UpgradeFrom"/> upgraded, at or above <see cref="KeepFrom"/> kept, at or above
/// <see cref="DowngradeFrom"/> downgraded, and below it penalised.
/// </remarks>
public sealed record CardGradingPolicy
{
    /// <summary>The weight of the blue share (default 1).</summary>
    public decimal BlueWeight { get; init; } = 1m;

    /// <summary>The weight of the yellow share (default −1).</summary>
    public decimal YellowWeight { get; init; } = -1m;

    /// <summary>The weight of the red share (default −2).</summary>
    public decimal RedWeight { get; init; } = -2m;

    /// <summary>The lowest index that is rewarded.</summary>
    public decimal RewardFrom { get; init; } = 0.8m;

    /// <summary>The lowest index that is upgraded.</summary>
    public decimal UpgradeFrom { get; init; } = 0.6m;

    /// <summary>The lowest index that keeps its grade.</summary>
    public decimal KeepFrom { get; init; } = 0.2m;

    /// <summary>The lowest index that is downgraded rather than penalised.</summary>
    public decimal DowngradeFrom { get; init; } = -0.2m;

    /// <summary>The red share above which "sent off" (罚下) is recommended.</summary>
    public decimal SentOffRedShare { get; init; } = 0.3m;

    /// <summary>
    /// The least average turnout (households voting for the target over households, month by month) for a year to be
    /// graded at all; below it the grade is <see cref="GradeDecision.Insufficient"/> (one household of a hundred voting
    /// blue is no reward). A company setting, 50 % by default — the regulation gives no number.
    /// </summary>
    public decimal MinimumTurnout { get; init; } = 0.5m;

    /// <summary>Checks the policy.</summary>
    /// <exception cref="ArgumentException">The weights do not rank blue above yellow above red, the thresholds are not ordered
    /// (reward ≥ upgrade ≥ keep ≥ downgrade), or the sent-off share is outside 0–1; the message names the problem.</exception>
    public void Validate()
    {
        if (!(BlueWeight > YellowWeight && YellowWeight > RedWeight))
        {
            throw new ArgumentException("The weights must rank blue above yellow above red.", nameof(BlueWeight));
        }

        if (!(RewardFrom >= UpgradeFrom && UpgradeFrom >= KeepFrom && KeepFrom >= DowngradeFrom))
        {
            throw new ArgumentException("The thresholds must be ordered: reward ≥ upgrade ≥ keep ≥ downgrade.", nameof(RewardFrom));
        }

        if (SentOffRedShare is < 0 or > 1)
        {
            throw new ArgumentException("The sent-off red share lies in 0–1.", nameof(SentOffRedShare));
        }

        if (MinimumTurnout is < 0 or > 1)
        {
            throw new ArgumentException("The minimum turnout lies in 0–1.", nameof(MinimumTurnout));
        }
    }
}
