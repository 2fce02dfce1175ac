namespace PropertyOps.Rules.Sla;

/// <summary>Whom a breached deadline is escalated to (上报).</summary>
public enum EscalationTarget
{
    /// <summary>客户中心前台 — the customer-centre front desk.</summary>
    FrontDesk = 1,

    /// <summary>部门负责人 — the responsible department's head.</summary>
    DepartmentHead = 2,

    /// <summary>管理处负责人 — the management-office head.</summary>
    OfficeHead = 3,

    /// <summary>办公室主任 — the office director.</summary>
    OfficeDirector = 4,

    /// <summary>物业公司主管领导 — the property company's leader in charge.</summary>
    CompanyLeader = 5,

    /// <summary>董事领导 — a board director.</summary>
    BoardDirector = 6,

    /// <summary>总经理 — the general manager.</summary>
    GeneralManager = 7,

    /// <summary>发展商客户服务部 — the developer's customer service.</summary>
    DeveloperCustomerService = 8,

    /// <summary>首问责任人 — the complaint's first contact.</summary>
    FirstContact = 9,
}
