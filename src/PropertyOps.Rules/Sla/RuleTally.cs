namespace PropertyOps.Rules.Sla;

/// <summary>How one deadline rule fared over many complaints (C10), each handling cycle counted: counts by outcome, and the on-time rate.</summary>
/// <param name="MetOnTime">Stopped on time.</param>
/// <param name="MetLate">Stopped late.</param>
/// <param name="Breached">Still running past due.</param>
/// <param name="Pending">Still running, not yet due.</param>
/// <param name="AtRisk">Conditional duties past due with their condition undecided (not counted as decided).</param>
public readonly record struct RuleTally(int MetOnTime, int MetLate, int Breached, int Pending, int AtRisk = 0)
{
    /// <summary>The deadlines decided so far: met on time, met late or breached.</summary>
    public int Decided => MetOnTime + MetLate + Breached;

    /// <summary>On time as a share of the decided deadlines, 0–1; <see langword="null"/> when none is decided.</summary>
    public decimal? OnTimeRate => Decided == 0 ? null : (decimal)MetOnTime / Decided;

    /// <summary>Adds two tallies (two months, two estates).</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The sum.</returns>
    public static RuleTally operator +(RuleTally left, RuleTally right) =>
        new(left.MetOnTime + right.MetOnTime, left.MetLate + right.MetLate, left.Breached + right.Breached, left.Pending + right.Pending, left.AtRisk + right.AtRisk);

    /// <summary>Adds two tallies.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The sum.</returns>
    public RuleTally Add(RuleTally other) => this + other;

    internal RuleTally Count(DeadlineStatus status) => status switch
    {
        DeadlineStatus.MetOnTime => this with { MetOnTime = MetOnTime + 1 },
        DeadlineStatus.MetLate => this with { MetLate = MetLate + 1 },
        DeadlineStatus.Breached => this with { Breached = Breached + 1 },
        DeadlineStatus.Pending => this with { Pending = Pending + 1 },
        DeadlineStatus.AtRisk => this with { AtRisk = AtRisk + 1 },
        _ => this,
    };
}
