using System;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// 员工季度考核表 — one employee's place in their department's ranking for a quarter (C21, 001 §3.2: 每季度末，各部门管理处必须
/// 将每一位员工按表现优劣排序): rank 1 is the best of <see cref="OutOf"/>.
/// </summary>
public sealed record QuarterlyReview
{
    /// <summary>Creates a review.</summary>
    /// <param name="employeeId">The employee id.</param>
    /// <param name="department">The department that ranked them.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="rank">Their rank, 1 (best) to <paramref name="outOf"/>.</param>
    /// <param name="outOf">How many employees the department ranked (1–10,000).</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range.</exception>
    public QuarterlyReview(string employeeId, string department, Quarter quarter, int rank, int outOf)
    {
        EmployeeId = LedgerInvariants.EmployeeId(employeeId);
        Department = Internal.Preconditions.CheckText(department, 50);
        Quarter = quarter;
        OutOf = Guard.Against.OutOfRange(outOf, nameof(outOf), 1, 10_000);
        Rank = Guard.Against.OutOfRange(rank, nameof(rank), 1, outOf);
    }

    /// <summary>The employee id.</summary>
    public string EmployeeId { get; }

    /// <summary>The department.</summary>
    public string Department { get; }

    /// <summary>The quarter.</summary>
    public Quarter Quarter { get; }

    /// <summary>The rank, 1 (best) to <see cref="OutOf"/>.</summary>
    public int Rank { get; }

    /// <summary>How many were ranked.</summary>
    public int OutOf { get; }

    /// <summary>Where the rank stands: 0 for the best, 1 for the worst (0 when only one was ranked).</summary>
    public decimal Standing => OutOf == 1 ? 0 : (decimal)(Rank - 1) / (OutOf - 1);
}
