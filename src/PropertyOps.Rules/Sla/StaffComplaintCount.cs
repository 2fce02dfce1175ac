namespace PropertyOps.Rules.Sla;

/// <summary>How many complaints were made against one employee (C21).</summary>
/// <param name="EmployeeId">The employee id (no name: the report carries no personal data).</param>
/// <param name="Complaints">The number of complaints.</param>
public readonly record struct StaffComplaintCount(string EmployeeId, int Complaints);
