using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Documents;

/// <summary>
/// 索引号 — a document's index number (D3): <c>category-cabinet.sequence-box</c>, e.g. <c>3-12.7-05</c>: the category code,
/// the cabinet number, the sequence within that cabinet, and the box number (always two digits).
/// </summary>
/// <remarks>
/// The category is the uncontrolled category code of D2, one digit 1–7 (binding reading); cabinet and sequence are 1–9999
/// written without leading zeros; the box is 01–99 written with two digits. Index
/// numbers order by category, cabinet, sequence and box. <see cref="TryParse(ReadOnlySpan{char}, out IndexNumber)"/>
/// allocates nothing.
/// </remarks>
public readonly struct IndexNumber : IEquatable<IndexNumber>, IComparable<IndexNumber>
{
    /// <summary>The largest cabinet or sequence number.</summary>
    public const int MaxNumber = 9999;

    /// <summary>The largest category code: the seven uncontrolled categories of D2.</summary>
    public const int MaxCategory = 7;

    // category (14 bits) | cabinet (14) | sequence (14) | box (7), packed for cheap comparison and hashing.
    private readonly long _packed;

    /// <summary>Creates an index number.</summary>
    /// <param name="category">The category code, 1–7 (the uncontrolled categories of D2).</param>
    /// <param name="cabinet">The cabinet number, 1–9999.</param>
    /// <param name="sequence">The sequence within the cabinet, 1–9999.</param>
    /// <param name="box">The box number, 1–99.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public IndexNumber(int category, int cabinet, int sequence, int box)
    {
        if (category is < 1 or > MaxCategory)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "An index number's category is a D2 category code, 1–7.");
        }

        Check(cabinet, nameof(cabinet));
        Check(sequence, nameof(sequence));
        if (box is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(box), box, "A box number is 01–99.");
        }

        _packed = Pack(category, cabinet, sequence, box);
    }

    private IndexNumber(long packed) => _packed = packed;

    /// <summary>The category code.</summary>
    public int Category => (int)(_packed >> 35);

    /// <summary>The cabinet number.</summary>
    public int Cabinet => (int)((_packed >> 21) & 0x3FFF);

    /// <summary>The sequence within the cabinet.</summary>
    public int Sequence => (int)((_packed >> 7) & 0x3FFF);

    /// <summary>The box number, 1–99.</summary>
    public int Box => (int)(_packed & 0x7F);

    /// <summary>Whether this is the default value (no index number).</summary>
    public bool IsEmpty => _packed == 0;

    /// <summary>Parses an index number.</summary>
    /// <param name="text">E.g. <c>3-12.7-05</c>.</param>
    /// <returns>The index number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed; the message gives the position (1-based) and what was expected there.</exception>
    public static IndexNumber Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.ToString());
    }

    /// <summary>Parses an index number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The index number, or default.</param>
    /// <returns>Whether the text is a well-formed index number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IndexNumber result) => TryParse(text, out result, out _);

    /// <summary>Parses an index number, saying where and why malformed text fails.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The index number, or default.</param>
    /// <param name="error">Where the text went wrong (default on success).</param>
    /// <returns>Whether the text is a well-formed index number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IndexNumber result, out IndexNumberError error)
    {
        result = default;
        var i = 0;
        if (text.IsEmpty || text[0] is < '1' or > '7' || (text.Length > 1 && IsDigit(text[1])))
        {
            error = new IndexNumberError(1, "a category code 1–7 (D2)");
            return false;
        }

        var category = text[0] - '0';
        i = 1;
        if (!Expect(text, ref i, '-', out error)
            || !Number(text, ref i, out var cabinet, out error) || !Expect(text, ref i, '.', out error)
            || !Number(text, ref i, out var sequence, out error) || !Expect(text, ref i, '-', out error))
        {
            return false;
        }

        if (i + 2 > text.Length || !IsDigit(text[i]) || !IsDigit(text[i + 1]))
        {
            var at = i < text.Length && IsDigit(text[i]) ? i + 1 : i;
            error = new IndexNumberError(at + 1, "a two-digit box number (01–99)");
            return false;
        }

        var box = ((text[i] - '0') * 10) + (text[i + 1] - '0');
        if (box == 0)
        {
            error = new IndexNumberError(i + 1, "a two-digit box number (01–99)");
            return false;
        }

        i += 2;
        if (i != text.Length)
        {
            error = new IndexNumberError(i + 1, "the end of the index number");
            return false;
        }

        result = new IndexNumber(Pack(category, cabinet, sequence, box));
        error = default;
        return true;
    }

    /// <summary>E.g. <c>3-12.7-05</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"{Category}-{Cabinet}.{Sequence}-{Box:00}");

    /// <inheritdoc />
    public bool Equals(IndexNumber other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndexNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(IndexNumber other) => _packed.CompareTo(other._packed);

    /// <summary>Equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IndexNumber left, IndexNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IndexNumber left, IndexNumber right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first sorts before the second.</returns>
    public static bool operator <(IndexNumber left, IndexNumber right) => left._packed < right._packed;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first sorts after the second.</returns>
    public static bool operator >(IndexNumber left, IndexNumber right) => left._packed > right._packed;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first sorts before or equals the second.</returns>
    public static bool operator <=(IndexNumber left, IndexNumber right) => left._packed <= right._packed;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first sorts after or equals the second.</returns>
    public static bool operator >=(IndexNumber left, IndexNumber right) => left._packed >= right._packed;

    private static long Pack(int category, int cabinet, int sequence, int box) =>
        ((long)category << 35) | ((long)cabinet << 21) | ((long)sequence << 7) | (long)box;

    private static void Check(int value, string name)
    {
        if (value is < 1 or > MaxNumber)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} number is 1–{MaxNumber}.");
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool Number(ReadOnlySpan<char> text, ref int i, out int value, out IndexNumberError error)
    {
        value = 0;
        var start = i;
        while (i < text.Length && IsDigit(text[i]) && i - start < 5)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        if (i == start)
        {
            error = new IndexNumberError(start + 1, "a number (1–9999)");
            return false;
        }

        if (text[start] == '0' || value > MaxNumber)
        {
            error = new IndexNumberError(start + 1, "a number 1–9999 without leading zeros");
            return false;
        }

        error = default;
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int i, char separator, out IndexNumberError error)
    {
        if (i < text.Length && text[i] == separator)
        {
            i++;
            error = default;
            return true;
        }

        error = new IndexNumberError(i + 1, $"'{separator}'");
        return false;
    }
}
