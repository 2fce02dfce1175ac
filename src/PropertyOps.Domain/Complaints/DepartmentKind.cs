namespace PropertyOps.Domain.Complaints;

/// <summary>The kinds of 责任部门 (responsible department).</summary>
public enum DepartmentKind
{
    /// <summary>工程部 — engineering and repairs.</summary>
    Engineering = 1,

    /// <summary>保安部 — security.</summary>
    Security = 2,

    /// <summary>保洁 — cleaning.</summary>
    Cleaning = 3,

    /// <summary>绿化 — landscaping.</summary>
    Landscaping = 4,

    /// <summary>客户服务 — customer service.</summary>
    CustomerService = 5,

    /// <summary>财务 — finance.</summary>
    Finance = 6,

    /// <summary>A department the company names itself.</summary>
    Custom = 7,
}
