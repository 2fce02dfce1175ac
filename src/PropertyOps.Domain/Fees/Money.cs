using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// An amount of money in one currency (CNY unless stated), held exactly as a <see cref="decimal"/>. Arithmetic never mixes
/// currencies silently; <see cref="Round"/> rounds to the fen (0.01) with a named mode, 四舍五入 (half away from zero) by
/// default; <see cref="Allocate"/> splits an amount by weights so the parts add up exactly.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>The currency code of Chinese yuan.</summary>
    public const string Cny = "CNY";

    private readonly string? _currency;

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 currency code (three capital letters).</param>
    /// <exception cref="ArgumentException">The currency code is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond ±<see cref="MaxAmount"/>.</exception>
    public Money(decimal amount, string currency = Cny)
    {
        Guard.Against.NullOrWhiteSpace(currency);
        if (!ReferenceEquals(currency, Cny) && (currency.Length != 3 || !currency.All(c => c is >= 'A' and <= 'Z')))
        {
            throw new ArgumentException($"'{PropertyOps.Domain.Common.Redaction.Excerpt(currency)}' is not an ISO 4217 currency code like CNY.", nameof(currency));
        }

        Amount = CheckAmount(amount, nameof(amount));
        _currency = currency;
    }

    // Arithmetic results reuse an already checked currency.
    private Money(string? currency, decimal amount)
    {
        Amount = CheckAmount(amount, nameof(amount));
        _currency = currency;
    }

    /// <summary>The largest amount (in either direction) a <see cref="Money"/> holds: 10¹⁵, far beyond any bill, so sums
    /// and products of real amounts never overflow <see cref="decimal"/>.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency code.</summary>
    public string Currency => _currency ?? Cny;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>An amount in yuan.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond ±<see cref="MaxAmount"/>.</exception>
    public static Money Yuan(decimal amount) => new(amount);

    /// <summary>Rounds to the fen (two decimals).</summary>
    /// <param name="mode">The rounding mode; half away from zero (四舍五入) by default.</param>
    /// <returns>The rounded amount.</returns>
    public Money Round(MidpointRounding mode = MidpointRounding.AwayFromZero) => new(_currency, Math.Round(Amount, 2, mode));

    /// <summary>Whether the amount is a whole number of fen.</summary>
    public bool IsWholeFen => Amount == Math.Round(Amount, 2);

    /// <summary>
    /// Splits this amount (a whole number of fen) into parts proportional to <paramref name="weights"/> by the
    /// largest-remainder method: every part is its exact share rounded down to the fen, and the fen left over go one
    /// each to the parts with the largest remainders (earlier parts first on ties). The parts add up exactly to this
    /// amount and each is within one fen of its exact share.
    /// </summary>
    /// <param name="weights">Non-negative weights, not all zero.</param>
    /// <returns>The parts, in the order of the weights.</returns>
    /// <exception cref="ArgumentException">A weight is negative, all are zero, or this amount is not whole fen.</exception>
    /// <remarks>Weights are bounded (at most <see cref="MaxAllocationParts"/> of them, each at most
    /// <see cref="MaxAllocationWeight"/>) so the exact shares never overflow <see cref="decimal"/>.</remarks>
    public ImmutableArray<Money> Allocate(IReadOnlyList<decimal> weights)
    {
        Guard.Against.Null(weights);
        if (weights.Count == 0 || weights.Count > MaxAllocationParts || weights.Any(w => w < 0 || w > MaxAllocationWeight) || weights.Sum() <= 0)
        {
            throw new ArgumentException($"Allocation needs 1–{MaxAllocationParts} weights, each 0–{MaxAllocationWeight}, that do not all equal zero.", nameof(weights));
        }

        if (!IsWholeFen)
        {
            throw new ArgumentException($"Only a whole number of fen can be allocated; round {this} first.", nameof(weights));
        }

        var total = weights.Sum();
        var fen = decimal.ToInt64(Amount * 100);
        var sign = Math.Sign(fen);
        var magnitude = Math.Abs(fen);
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = magnitude * weights[i] / total;
            parts[i] = (long)decimal.Floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }

        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)(magnitude - given)))
        {
            parts[i]++;
        }

        var currency = Currency;
        return [.. parts.Select(p => new Money(currency, sign * p / 100m))];
    }

    /// <summary>The most parts <see cref="Allocate"/> splits an amount into.</summary>
    public const int MaxAllocationParts = 1_000_000;

    /// <summary>The largest single weight <see cref="Allocate"/> accepts.</summary>
    public const decimal MaxAllocationWeight = 1_000_000_000_000m;

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond ±<see cref="MaxAmount"/>.</exception>
    public static Money operator +(Money left, Money right) => new(SameCurrency(left, right), left.Amount + right.Amount);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference is beyond ±<see cref="MaxAmount"/>.</exception>
    public static Money operator -(Money left, Money right) => new(SameCurrency(left, right), left.Amount - right.Amount);

    /// <summary>Multiplies an amount by a number (unrounded).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The number.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond ±<see cref="MaxAmount"/>.</exception>
    public static Money operator *(Money money, decimal factor)
    {
        try
        {
            return new(money._currency, money.Amount * factor);
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), e.Message);
        }
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money money) => new(money._currency, -money.Amount);

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is less.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is greater.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Equality (same currency and amount; 1.0 equals 1.00).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other) => SameCurrency(this, other) is not null ? Amount.CompareTo(other.Amount) : 0;

    /// <inheritdoc />
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    /// <summary>The amount with its currency, e.g. <c>752.64 CNY</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount.ToString("0.00##", CultureInfo.InvariantCulture) + " " + Currency;

    private static string SameCurrency(Money left, Money right) =>
        ReferenceEquals(left._currency, right._currency) || left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}; convert explicitly first.");

    private static decimal CheckAmount(decimal amount, string name) =>
        amount is >= -MaxAmount and <= MaxAmount
            ? amount
            : throw new ArgumentOutOfRangeException(name, $"An amount of money lies within ±{MaxAmount.ToString(CultureInfo.InvariantCulture)}.");
}
