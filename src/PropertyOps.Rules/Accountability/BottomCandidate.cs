using System.Collections.Immutable;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// A candidate for bottom-rank elimination (末位淘汰, C21), for the general manager's meeting to decide: the figures that
/// put them there.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Position">1 for the worst.</param>
/// <param name="Score">The combined score (higher is worse).</param>
/// <param name="ValidComplaints">Complaints from owners against them, unreasonable ones excluded.</param>
/// <param name="AverageStanding">Their average quarterly standing, 0 (best) to 1 (worst).</param>
/// <param name="Violations">Findings and standing sanctions of the year.</param>
/// <param name="TiedAtCut">Whether they tie with the last name within the ranking size (all tied are listed, not cut silently).</param>
/// <param name="Reasons">The criteria that put them there, in Chinese and English.</param>
public sealed record BottomCandidate(
    string EmployeeId,
    int Position,
    decimal Score,
    int ValidComplaints,
    decimal AverageStanding,
    int Violations,
    bool TiedAtCut,
    ImmutableArray<string> Reasons);
