namespace PropertyOps.Domain.Documents;

/// <summary>机密等级 — confidentiality levels (D7, 003 篇5 §5.6.4); every document of the company is confidential (§5.4.2).</summary>
public enum Confidentiality
{
    /// <summary>A: annual plan and report, articles, board resolutions, financial statements, litigation — the general manager approves.</summary>
    A = 1,

    /// <summary>B: owner files, staff files, company rules, business approvals — the office director approves.</summary>
    B = 2,

    /// <summary>C: internal records, technical drawings, laws — the head of the department concerned approves.</summary>
    C = 3,
}
