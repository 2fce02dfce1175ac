using System.Globalization;

namespace PropertyOps.Domain.Documents;

/// <summary>Where an index number's text went wrong.</summary>
/// <param name="Position">The 1-based position of the first bad character (one past the end when the text stops short).</param>
/// <param name="Expected">What was expected there.</param>
public readonly record struct IndexNumberError(int Position, string Expected)
{
    /// <summary>E.g. <c>Index number: expected '.' at position 4 (category-cabinet.sequence-box, e.g. 3-12.7-05).</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Index number: expected {Expected} at position {Position.ToString(CultureInfo.InvariantCulture)} (category-cabinet.sequence-box, e.g. 3-12.7-05; D3).";
}
