namespace PropertyOps.Domain.Complaints;

/// <summary>Who files a written report on a major matter, and so which deadline it answers.</summary>
public enum ReportLevel
{
    /// <summary>The management-office head's report to the company, due within 24 h (C7).</summary>
    OfficeHead = 1,

    /// <summary>The company leader's report to the board, due within 48 h (C8).</summary>
    CompanyLeader = 2,
}
