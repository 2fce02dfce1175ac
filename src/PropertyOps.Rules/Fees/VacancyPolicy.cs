using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// What a vacant unit (空置房) pays (F3): <see cref="Share"/> of the base fee of the items the policy names; the items it
/// does not name are paid in full. The satisfaction factor still applies to items priced by satisfaction.
/// </summary>
public sealed record VacancyPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="share">The share of the named items' base fee a vacant unit pays, 0–1 (e.g. 0.7).</param>
    /// <param name="itemCodes">The fee item codes the share applies to.</param>
    /// <exception cref="ArgumentException">The share is outside 0–100 % or no item is named; the message names the field.</exception>
    public VacancyPolicy(decimal share, params string[] itemCodes)
    {
        if (share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), $"The vacancy share {FeeText.Pct(share)} lies outside 0–100%.");
        }

        Guard.Against.Null(itemCodes);
        if (itemCodes.Length == 0 || itemCodes.Any(c => c is null))
        {
            throw new ArgumentException("A vacancy policy names at least one fee item.", nameof(itemCodes));
        }

        Share = share;
        ItemCodes = itemCodes.ToImmutableSortedSet(StringComparer.Ordinal);
    }

    /// <summary>The share of the named items' base fee a vacant unit pays, 0–1.</summary>
    public decimal Share { get; }

    /// <summary>The fee item codes the share applies to.</summary>
    public ImmutableSortedSet<string> ItemCodes { get; }

    /// <summary>Whether the share applies to an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> when the policy names it.</returns>
    public bool AppliesTo(FeeItem item) => item is not null && ItemCodes.Contains(item.Code);

    /// <inheritdoc />
    public bool Equals(VacancyPolicy? other) => other is not null && Share == other.Share && ItemCodes.SequenceEqual(other.ItemCodes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Share, ItemCodes.Count);

    /// <summary>E.g. <c>vacant: 70% of management</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"vacant: {FeeText.Pct(Share)} of {string.Join(", ", ItemCodes)}";
}
