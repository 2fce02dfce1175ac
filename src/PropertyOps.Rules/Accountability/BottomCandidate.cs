using System.Collections.Immutable;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// A candidate for bottom-rank elimination (末位淘汰, C21), for the general manager's meeting to decide: the figures that
/// put them there.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Position">1 for the worst.</param>
/// <param name="ValidComplaints">Complaints from owners against them in the year, unreasonable ones excluded (the first criterion).</param>
/// <param name="Violations">Findings and standing sanctions of the year (the second).</param>
/// <param name="AverageStanding">Their average quarterly standing over the reviews made, 0 (best) to 1 (worst); null when none was made.</param>
/// <param name="MissingReviews">The quarters of the year whose review (员工季度考核表) of them was owed but not made — a finding against whoever owed it, not a score against them.</param>
/// <param name="TiedAtCut">Whether they tie with the last name within the ranking size (all tied are listed, not cut silently).</param>
/// <param name="Reasons">The criteria that put them there, in Chinese and English.</param>
public sealed record BottomCandidate(
    string EmployeeId,
    int Position,
    int ValidComplaints,
    int Violations,
    decimal? AverageStanding,
    ImmutableArray<Quarter> MissingReviews,
    bool TiedAtCut,
    ImmutableArray<string> Reasons);
