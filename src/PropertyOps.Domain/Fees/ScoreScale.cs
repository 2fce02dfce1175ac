using System;

namespace PropertyOps.Domain.Fees;

/// <summary>The scale an owner scores items on, e.g. 0–100 or 1–5, with the score from which an item counts as satisfied.</summary>
public readonly record struct ScoreScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="minimum">The lowest score.</param>
    /// <param name="maximum">The highest score, above <paramref name="minimum"/>.</param>
    /// <param name="satisfied">The lowest score that means "satisfied or better".</param>
    /// <exception cref="ArgumentException">The bounds are out of order, or outside ±<see cref="MaxBound"/> (so the span and every normalised score are representable).</exception>
    public ScoreScale(decimal minimum, decimal maximum, decimal satisfied)
    {
        if (Math.Abs(minimum) > MaxBound || Math.Abs(maximum) > MaxBound)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), $"A score scale's bounds lie within ±{MaxBound.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        if (maximum <= minimum || satisfied < minimum || satisfied > maximum)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A score scale needs minimum < maximum and minimum ≤ satisfied ≤ maximum; {minimum}–{maximum} (satisfied {satisfied}) is not."), nameof(maximum));
        }

        Minimum = minimum;
        Maximum = maximum;
        Satisfied = satisfied;
    }

    /// <summary>The largest magnitude of a scale's bound: 1,000,000.</summary>
    public const decimal MaxBound = 1_000_000m;

    /// <summary>0–100, satisfied from 80.</summary>
    public static ScoreScale Percent { get; } = new(0, 100, 80);

    /// <summary>1–5, satisfied from 4 (满意).</summary>
    public static ScoreScale FivePoint { get; } = new(1, 5, 4);

    /// <summary>The lowest score.</summary>
    public decimal Minimum { get; }

    /// <summary>The highest score.</summary>
    public decimal Maximum { get; }

    /// <summary>The lowest score that counts as satisfied.</summary>
    public decimal Satisfied { get; }

    /// <summary>Whether <paramref name="score"/> lies on the scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> within [minimum, maximum].</returns>
    public bool Contains(decimal score) => score >= Minimum && score <= Maximum;

    /// <summary>The score normalised to 0–1.</summary>
    /// <param name="score">A score on the scale.</param>
    /// <returns>(score − minimum) / (maximum − minimum).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not on the scale.</exception>
    public decimal Normalise(decimal score) => Maximum > Minimum && Contains(score)
        ? (score - Minimum) / (Maximum - Minimum)
        : throw new ArgumentOutOfRangeException(nameof(score), "The score is not on the scale.");

    /// <summary>E.g. <c>1–5 (satisfied ≥ 4)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Minimum}–{Maximum} (satisfied ≥ {Satisfied})";
}
