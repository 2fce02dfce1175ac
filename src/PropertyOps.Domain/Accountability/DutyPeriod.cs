namespace PropertyOps.Domain.Accountability;

/// <summary>How often a periodic duty falls due: the calendar period in the estate's zone.</summary>
public enum DutyPeriod
{
    /// <summary>Each calendar quarter (January–March, …).</summary>
    Quarter = 1,

    /// <summary>Each half year (January–June, July–December).</summary>
    HalfYear = 2,

    /// <summary>Each calendar year.</summary>
    Year = 3,
}
