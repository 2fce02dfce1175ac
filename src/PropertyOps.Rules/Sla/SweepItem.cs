using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>One deadline found by a sweep: the complaint, its position in the swept list, and the deadline's result.</summary>
/// <param name="ComplaintId">The complaint's number.</param>
/// <param name="Index">The complaint's position in the swept list.</param>
/// <param name="Result">The deadline.</param>
public readonly record struct SweepItem(ComplaintId ComplaintId, int Index, DeadlineResult Result);
