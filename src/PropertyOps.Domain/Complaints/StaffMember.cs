using System;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// An employee of the property company: employee id (工号), name and department. <see cref="ToString"/> masks the name
/// (D14); events record only the id, through <see cref="ActingAs"/>.
/// </summary>
public sealed record StaffMember
{
    /// <summary>Creates a staff member.</summary>
    /// <param name="employeeId">The employee id, as for <see cref="Actor"/>.</param>
    /// <param name="name">The name.</param>
    /// <param name="department">The department, if any.</param>
    /// <exception cref="ArgumentException">The id is malformed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public StaffMember(string employeeId, PersonName name, Department? department = null)
    {
        EmployeeId = new Actor(employeeId, ActorRole.Staff).Id;
        Name = Guard.Against.Null(name);
        Department = department;
    }

    /// <summary>The employee id.</summary>
    public string EmployeeId { get; }

    /// <summary>The name (personal data).</summary>
    public PersonName Name { get; }

    /// <summary>The department.</summary>
    public Department? Department { get; }

    /// <summary>The actor this employee is when acting in <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The actor.</returns>
    public Actor ActingAs(ActorRole role) => new(EmployeeId, role);

    /// <summary>The id, masked name and department, e.g. <c>E1001 王* (engineering)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Department is null ? $"{EmployeeId} {Name.Masked}" : $"{EmployeeId} {Name.Masked} ({Department})";
}
