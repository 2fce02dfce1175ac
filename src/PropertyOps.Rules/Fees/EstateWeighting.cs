
namespace PropertyOps.Rules.Fees;

/// <summary>Whose weight counts in the estate-wide rate (F3).</summary>
public enum EstateWeighting
{
    /// <summary>Each respondent's rate counts by their floor area (the default).</summary>
    ByArea = 1,

    /// <summary>Each respondent's rate counts once.</summary>
    PerHousehold = 2,
}
