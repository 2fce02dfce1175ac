using System;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// The one place billing takes a decimal apart into mantissa × 10^-scale and puts one together again, for the integer fast
/// paths (amounts in fen, rates packed into a long, whole-number scores): every caller states its own bounds.
/// </summary>
internal static class DecimalParts
{
    /// <summary>
    /// Splits <paramref name="value"/> into a signed mantissa and a scale (value = mantissa ÷ 10^scale) when the magnitude
    /// of the mantissa is below <paramref name="limit"/> (at most 2⁶³ − 1); false when it is not.
    /// </summary>
    public static bool TrySplit(decimal value, long limit, out long mantissa, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || magnitude >= (ulong)limit)
        {
            mantissa = 0;
            return false;
        }

        mantissa = bits[3] < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }

    /// <summary>10⁰ to 10¹⁸.</summary>
    public static ReadOnlySpan<long> Pow10 => [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>The decimal mantissa ÷ 10^scale of a non-negative mantissa and a scale of 0–28.</summary>
    public static decimal Join(long mantissa, int scale) => new((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)scale);
}
