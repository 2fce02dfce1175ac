using PropertyOps.Rules.Cards;

namespace PropertyOps.Rules.Presets;

/// <summary>The grading of the red, yellow and blue card system (红、黄、蓝牌制度, K6, K7).</summary>
public static class CardPresets
{
    /// <summary>
    /// Company settings, not the regulation's numbers (001 §2.2 leaves them to the association): index = blue share −
    /// yellow share − 2 × red share; ≥ 0.8 reward, ≥ 0.6 upgrade, ≥ 0.2 keep, ≥ −0.2 downgrade, below that penalty; a red
    /// share above 30 % recommends sending the target off (罚下); an average turnout below 50 % is too few to grade
    /// (<see cref="GradeDecision.Insufficient"/>). The regulation's own numbers are the twelve months and 72 cards (K6).
    /// </summary>
    public static CardGradingPolicy RedYellowBlueSystem { get; } = new();
}
