using System;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Complaints;

/// <summary>How the C15/C16 category lists classify a complaint.</summary>
public static class ComplaintCategoryExtensions
{
    /// <summary>The number of households from which a complaint is collective, hence major (C16: 三家以上).</summary>
    /// <remarks>Rule C16. "三家以上" is read as three or more households.</remarks>
    public const int CollectiveHouseholds = 3;

    /// <summary>Whether the category is one of the major complaints or incidents of C16.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for a C16 category.</returns>
    /// <remarks>Rule C16.</remarks>
    public static bool IsMajor(this ComplaintCategory category) => (int)category >= (int)ComplaintCategory.Fire;

    /// <summary>
    /// The least class a complaint of this category from <paramref name="households"/> households may be assessed as:
    /// <see cref="ComplaintClass.Emergency"/> for fire, lift entrapment, explosion, sudden power cut and flooding (emergency
    /// repair or rescue, C7); <see cref="ComplaintClass.Major"/> for the other C16 categories and for any complaint from
    /// three or more households; otherwise <see cref="ComplaintClass.Unreasonable"/> (no constraint).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="households">How many households complain together (at least 1).</param>
    /// <returns>The minimum class.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="households"/> is below 1.</exception>
    /// <remarks>Rules C7 and C16.</remarks>
    public static ComplaintClass MinimumClass(this ComplaintCategory category, int households)
    {
        Guard.Against.OutOfRange(households, nameof(households), 1, int.MaxValue);
        return category switch
        {
            ComplaintCategory.Fire or ComplaintCategory.LiftEntrapment or ComplaintCategory.Explosion
                or ComplaintCategory.SuddenPowerCut or ComplaintCategory.Flooding => ComplaintClass.Emergency,
            _ when category.IsMajor() || households >= CollectiveHouseholds => ComplaintClass.Major,
            _ => ComplaintClass.Unreasonable,
        };
    }
}
