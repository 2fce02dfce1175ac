using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// An accountability finding (追究): who is accountable (an employee, or a role and department when no one person
/// owned the duty), for which rule and complaint, when it was due and how late. A sanction cites findings by
/// <see cref="Id"/>. <see cref="ToString"/> carries no personal data (employee ids only).
/// </summary>
/// <param name="Id">A stable id, e.g. <c>TS-1:C6.revisit:2</c>.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Rule">The rule.</param>
/// <param name="ComplaintId">The complaint, when the finding is about one (a missing quarterly review is not).</param>
/// <param name="EmployeeId">The accountable employee, when one person owned the duty.</param>
/// <param name="Role">The accountable role.</param>
/// <param name="Department">The accountable department, when the duty was a department's.</param>
/// <param name="DueAt">When the duty was due, if timed.</param>
/// <param name="Late">How late (for a breach, as of the evaluation), if timed.</param>
/// <param name="Cycle">The handling cycle.</param>
public sealed record Finding(
    string Id,
    FindingKind Kind,
    RuleId Rule,
    ComplaintId? ComplaintId,
    string? EmployeeId,
    ActorRole Role,
    string? Department,
    Instant? DueAt,
    Duration? Late,
    int Cycle = 1)
{
    /// <summary>Who is accountable, as a key for counting: the employee id, else the role and department.</summary>
    public string Accountable => EmployeeId ?? (Department is null ? Role.ToString() : $"{Role}:{Department}");

    /// <summary>E.g. <c>C6.revisit TS-1 (cycle 2): E2001 FrontDesk, 3 h late</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Rule}{(ComplaintId is { } id ? $" {id}" : string.Empty)}{(Cycle > 1 ? $" (cycle {Cycle})" : string.Empty)}: {Accountable} {Kind}{(Late is { } late ? $", {late.TotalMinutes:0} min late" : string.Empty)}";
}
