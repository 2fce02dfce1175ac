namespace PropertyOps.Domain.Cards;

/// <summary>Where a yellow card's rectification stands (K1).</summary>
public enum RectificationState
{
    /// <summary>Not yet rectified; the deadline has not passed.</summary>
    Open = 1,

    /// <summary>Rectified at or before the deadline.</summary>
    Rectified = 2,

    /// <summary>Not rectified by the deadline (rectified late, or not at all).</summary>
    Overdue = 3,
}
