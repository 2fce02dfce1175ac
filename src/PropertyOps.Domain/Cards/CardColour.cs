namespace PropertyOps.Domain.Cards;

/// <summary>The colour of a card (红、黄、蓝牌, K1).</summary>
public enum CardColour : byte
{
    /// <summary>蓝牌 — satisfied; may carry a short comment.</summary>
    Blue = 1,

    /// <summary>黄牌 — a warning that demands rectification by a deadline.</summary>
    Yellow = 2,

    /// <summary>红牌 — refusal to cooperate ("sent off").</summary>
    Red = 3,
}
