using NodaTime;

namespace PropertyOps.Domain.Cards;

/// <summary>
/// 限期整改 — what a yellow card demands (K1): the target must rectify the household's complaint by the deadline; an
/// unrectified yellow leads to red.
/// </summary>
/// <param name="HouseholdId">The household that showed the yellow card.</param>
/// <param name="Target">Whom it warned.</param>
/// <param name="Month">The month of the yellow card.</param>
/// <param name="Comment">What the card said, if anything.</param>
/// <param name="Deadline">When it must be rectified by.</param>
/// <param name="RectifiedAt">When it was recorded as rectified, if it was.</param>
/// <param name="State">Open, rectified or overdue as of the evaluation.</param>
/// <param name="FollowedByRed">Whether the same household showed the same target a red card the next month while this was unrectified.</param>
public sealed record RectificationItem(
    string HouseholdId,
    CardTarget Target,
    YearMonth Month,
    string? Comment,
    Instant Deadline,
    Instant? RectifiedAt,
    RectificationState State,
    bool FollowedByRed);
