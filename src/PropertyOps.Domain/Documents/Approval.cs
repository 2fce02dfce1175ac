using System;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>An approval held for a request (D6–D10): who approved, and for a department head which department they head.</summary>
/// <param name="Approver">The approver (their role is what counts: department head, office director, general manager).</param>
/// <param name="Department">The department a department head heads; empty for other roles.</param>
public sealed record Approval(Actor Approver, string Department = "")
{
    /// <summary>The approver.</summary>
    public Actor Approver { get; } = Approver.IsEmpty ? throw new ArgumentException("An approval needs an approver.", nameof(Approver)) : Approver;

    /// <summary>The department a department head heads.</summary>
    public string Department { get; } = Department is null or "" ? string.Empty : Preconditions.CheckText(Department, 50);

    /// <summary>
    /// Whether this approval stands for the approval <paramref name="required"/> asks for: an approval from a higher role
    /// stands in for a lower one (general manager ⊃ office director ⊃ department head; D7, D8 — binding reading); a
    /// department head's approval counts only for their own department when <paramref name="department"/> names one. Any
    /// other role counts only for itself.
    /// </summary>
    /// <param name="required">The role whose approval is asked for.</param>
    /// <param name="department">For a department head's approval, the department it must come from; null or empty for any.</param>
    /// <returns><see langword="true"/> when it stands for it.</returns>
    public bool Satisfies(ActorRole required, string? department = null)
    {
        var held = Rank(Approver.Role);
        var needed = Rank(required);
        if (held == 0 || needed == 0)
        {
            return Approver.Role == required;
        }

        return held > needed
            || (held == needed && (required != ActorRole.DepartmentHead || string.IsNullOrEmpty(department) || string.Equals(Department, department, StringComparison.Ordinal)));

        static int Rank(ActorRole role) => role switch
        {
            ActorRole.DepartmentHead => 1,
            ActorRole.OfficeDirector => 2,
            ActorRole.GeneralManager => 3,
            _ => 0,
        };
    }

    /// <summary>An approval by the general manager (总经理).</summary>
    /// <param name="id">The general manager's employee id.</param>
    /// <returns>The approval.</returns>
    public static Approval ByGeneralManager(string id) => new(new Actor(id, ActorRole.GeneralManager));

    /// <summary>An approval by the office director (办公室主任).</summary>
    /// <param name="id">The office director's employee id.</param>
    /// <returns>The approval.</returns>
    public static Approval ByOfficeDirector(string id) => new(new Actor(id, ActorRole.OfficeDirector));

    /// <summary>An approval by the head of a department (部门负责人).</summary>
    /// <param name="id">The head's employee id.</param>
    /// <param name="department">The department.</param>
    /// <returns>The approval.</returns>
    public static Approval ByDepartmentHead(string id, string department) => new(new Actor(id, ActorRole.DepartmentHead), department);
}
