using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// A pay-by-satisfaction fee schedule (买单式物业管理, F1–F3): the unit price, the scored items and their weights, how
/// scores make a rate, how the rate sets the factor, the floor, and what non-respondents and late surveys get.
/// </summary>
/// <remarks>
/// <para>Interpretation (docs/rules.md, F3): base fee of an item = area (m², or 1 for a per-unit price) × price per month ×
/// months (partial months by their days), rounded to the fen; payable = base × factor for items priced by satisfaction,
/// rounded to the fen with <see cref="Rounding"/>; the factor is never below <see cref="Floor"/> nor above 100 %.</para>
/// <para>A schedule is checked by <see cref="Validate"/> (the calculator does so before billing).</para>
/// </remarks>
public sealed record FeeSchedule
{
    /// <summary>The price per m² per month.</summary>
    public required Money UnitPrice { get; init; }

    /// <summary>The scored items and their weights (any non-negative numbers; only their proportions matter).</summary>
    public required ImmutableDictionary<ServiceItem, decimal> Weights { get; init; }

    /// <summary>How scores become a rate.</summary>
    public RateMethod Method { get; init; } = RateMethod.WeightedMean;

    /// <summary>How the rate sets the factor.</summary>
    public required FeeFactors Factors { get; init; }

    /// <summary>The least share of the base fee anyone pays, 0–1.</summary>
    public decimal Floor { get; init; }

    /// <summary>What an owner who returned no survey pays.</summary>
    public NonRespondentRule NonRespondents { get; init; } = NonRespondentRule.PayInFull;

    /// <summary>The factor for <see cref="NonRespondentRule.FixedFactor"/>.</summary>
    public decimal NonRespondentFactor { get; init; } = 1;

    /// <summary>Whose rate sets an owner's fee.</summary>
    public BillingMode Mode { get; init; } = BillingMode.PerOwner;

    /// <summary>How amounts are rounded to the fen; half away from zero (四舍五入) by default.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;

    /// <summary>What happens to a survey returned outside the collection window.</summary>
    public LateSurveyHandling LateSurveys { get; init; } = LateSurveyHandling.Flag;

    /// <summary>
    /// The precision the estate publishes rates at, in decimal places of the fraction: 4 (0.01 %, e.g. 89.96 %) by default.
    /// Rates are rounded half away from zero (四舍五入) to it before the band or line applies, so the printed rate is the
    /// billed rate (89.9998 % is published and billed as 90.00 %).
    /// </summary>
    public int PublishedRateDecimals { get; init; } = 4;

    /// <summary>The length in days of the hand-out and collection windows (F2: 5).</summary>
    public int WindowDays { get; init; } = 5;

    /// <summary>
    /// The priced fee items per unit type (F3), e.g. a residence's management fee by satisfaction and its lift fee not. A
    /// residence with no entry here pays one management fee item at <see cref="UnitPrice"/> per m², by satisfaction.
    /// </summary>
    public ImmutableDictionary<UnitType, ImmutableArray<FeeItem>> Items { get; init; } = ImmutableDictionary<UnitType, ImmutableArray<FeeItem>>.Empty;

    /// <summary>What a vacant unit (空置房) pays; <see langword="null"/>: vacant units pay in full.</summary>
    public VacancyPolicy? Vacancy { get; init; }

    /// <summary>How respondents' rates are weighted in the estate rate (estate-wide mode, and the estate average for non-respondents): by area by default.</summary>
    public EstateWeighting EstateWeighting { get; init; } = EstateWeighting.ByArea;

    /// <summary>
    /// Estate-wide mode: the least share of households whose surveys must count, 0–1 (default 50 %); below it the estate
    /// rate is not used and everyone pays <see cref="BelowMinimumResponseFactor"/>, and the statement says so.
    /// </summary>
    public decimal MinimumResponseRate { get; init; } = 0.5m;

    /// <summary>Estate-wide mode: the factor paid when too few surveys count (<see cref="MinimumResponseRate"/>); the full fee by default.</summary>
    public decimal BelowMinimumResponseFactor { get; init; } = 1m;

    /// <summary>The unit a statement's payable is rounded to (a period bill's total): the fen by default, or the jiao or yuan (抹零).</summary>
    public PayableUnit PayableUnit { get; init; } = PayableUnit.Fen;

    /// <summary>How the payable is rounded to <see cref="PayableUnit"/>: the change is dropped (抹零, toward zero) by default.</summary>
    public MidpointRounding PayableRounding { get; init; } = MidpointRounding.ToZero;

    /// <summary>The fee items of a unit type.</summary>
    /// <param name="type">The unit type.</param>
    /// <returns>The items, in the schedule's order.</returns>
    /// <exception cref="ArgumentException">The schedule prices no item for the type.</exception>
    public ImmutableArray<FeeItem> ItemsFor(UnitType type)
    {
        Guard.Against.Null(type);
        if (Items.TryGetValue(type, out var items) && !items.IsDefaultOrEmpty)
        {
            return items;
        }

        if (type.Equals(UnitType.Residence) && !Items.ContainsKey(type))
        {
            return [FeeItem.Management(UnitPrice)];
        }

        throw new ArgumentException($"The unit type {type} has no price in the schedule.", nameof(Items));
    }

    /// <summary>The highest unit price accepted, per m² per month (real estates charge a few yuan).</summary>
    public const decimal MaxUnitPrice = 10_000m;

    /// <summary>The most fee items one unit type may list.</summary>
    public const int MaxItemsPerUnitType = 50;

    /// <summary>The highest weight accepted for one item.</summary>
    public const decimal MaxWeight = 1_000_000m;

    /// <summary>Checks the schedule.</summary>
    /// <exception cref="ArgumentException">A price outside 0–<see cref="MaxUnitPrice"/>, weights outside 0–<see cref="MaxWeight"/> or that sum to zero, a floor or factor outside 0–100 %, or a
    /// tier factor below the floor; the message names the problem or tier.</exception>
    public void Validate()
    {
        if (UnitPrice.Amount < 0)
        {
            throw new ArgumentException($"The unit price {UnitPrice} is negative.", nameof(UnitPrice));
        }

        if (UnitPrice.Amount > MaxUnitPrice)
        {
            throw new ArgumentException($"The unit price {UnitPrice} is above {MaxUnitPrice} per m² per month.", nameof(UnitPrice));
        }

        if (Weights is null || Weights.Count == 0 || Weights.Values.Any(w => w < 0 || w > MaxWeight) || Weights.Values.Sum() <= 0)
        {
            throw new ArgumentException("The item weights must be non-negative and not all zero.", nameof(Weights));
        }

        if (Factors is null)
        {
            throw new ArgumentException("The schedule has no factors.", nameof(Factors));
        }

        if (Floor < 0 || Floor > 1)
        {
            throw new ArgumentException($"The floor {FeeText.Pct(Floor)} is outside 0–100%.", nameof(Floor));
        }

        foreach (var tier in Factors.Tiers)
        {
            if (tier.Factor < Floor)
            {
                throw new ArgumentException($"The tier {tier} pays less than the floor {FeeText.Pct(Floor)}.", nameof(Factors));
            }
        }

        if (!Factors.IsTiered && Factors.FloorFactor < Floor)
        {
            throw new ArgumentException($"The linear factors start at {FeeText.Pct(Factors.FloorFactor)}, below the floor {FeeText.Pct(Floor)}.", nameof(Factors));
        }

        if (NonRespondentFactor < Floor || NonRespondentFactor > 1)
        {
            throw new ArgumentException($"The non-respondent factor {FeeText.Pct(NonRespondentFactor)} is outside {FeeText.Pct(Floor)}–100%.", nameof(NonRespondentFactor));
        }

        if (!Enum.IsDefined(Method) || !Enum.IsDefined(NonRespondents) || !Enum.IsDefined(Mode) || !Enum.IsDefined(LateSurveys) || !Enum.IsDefined(Rounding))
        {
            throw new ArgumentException("The schedule has an unknown method, rule or mode.", nameof(Method));
        }

        if (PublishedRateDecimals is < 0 or > 10)
        {
            throw new ArgumentException("The published rate precision lies between 0 and 10 decimal places of the fraction.", nameof(PublishedRateDecimals));
        }

        if (WindowDays is < 1 or > 31)
        {
            throw new ArgumentException("The survey windows last 1 to 31 days.", nameof(WindowDays));
        }

        if (Items is null)
        {
            throw new ArgumentException("The schedule has no item table.", nameof(Items));
        }

        foreach (var (type, items) in Items)
        {
            if (items.IsDefaultOrEmpty || items.Any(i => i is null))
            {
                throw new ArgumentException($"The unit type {type} has no price.", nameof(Items));
            }

            if (items.Length > MaxItemsPerUnitType)
            {
                throw new ArgumentException($"The unit type {type} lists more than {MaxItemsPerUnitType} fee items.", nameof(Items));
            }

            if (items.Any(i => i.Price.Currency != UnitPrice.Currency))
            {
                throw new ArgumentException($"The unit type {type} prices an item in another currency than {UnitPrice.Currency}.", nameof(Items));
            }

            if (items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != items.Length)
            {
                throw new ArgumentException($"The unit type {type} lists a fee item twice.", nameof(Items));
            }
        }

        if (MinimumResponseRate < 0 || MinimumResponseRate > 1)
        {
            throw new ArgumentException($"The minimum response rate {FeeText.Pct(MinimumResponseRate)} is outside 0–100%.", nameof(MinimumResponseRate));
        }

        if (BelowMinimumResponseFactor < Floor || BelowMinimumResponseFactor > 1)
        {
            throw new ArgumentException($"The factor below the minimum response {FeeText.Pct(BelowMinimumResponseFactor)} is outside {FeeText.Pct(Floor)}–100%.", nameof(BelowMinimumResponseFactor));
        }

        if (!Enum.IsDefined(EstateWeighting) || !Enum.IsDefined(PayableUnit) || !Enum.IsDefined(PayableRounding))
        {
            throw new ArgumentException("The schedule has an unknown weighting or payable rounding.", nameof(PayableUnit));
        }
    }
}
