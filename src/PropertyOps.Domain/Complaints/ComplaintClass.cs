namespace PropertyOps.Domain.Complaints;

/// <summary>投诉性质 — the class of a complaint, which decides its path (C3, C4, C7, C16).</summary>
public enum ComplaintClass
{
    /// <summary>非合理投诉 — not reasonable: explained patiently; the department head coordinates if needed (C4).</summary>
    Unreasonable = 1,

    /// <summary>一般性投诉 — a reasonable routine complaint (C5, C15).</summary>
    General = 2,

    /// <summary>重大投诉 — a major complaint or incident (C7, C8, C16).</summary>
    Major = 3,

    /// <summary>紧急抢险抢修 — an emergency repair or rescue (C7).</summary>
    Emergency = 4,
}
