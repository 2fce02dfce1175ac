namespace PropertyOps.Domain.Complaints;

/// <summary>The role in which someone acts on a complaint (docs/design.md).</summary>
public enum ActorRole
{
    /// <summary>Any employee, e.g. the first contact (首问责任人) or a department's staff.</summary>
    Staff = 1,

    /// <summary>客户中心前台 — the customer-centre front desk.</summary>
    FrontDesk = 2,

    /// <summary>部门负责人 — a responsible department's head.</summary>
    DepartmentHead = 3,

    /// <summary>管理处负责人 — the head of a management office.</summary>
    OfficeHead = 4,

    /// <summary>办公室主任 — the office director.</summary>
    OfficeDirector = 5,

    /// <summary>物业公司主管领导 — the property company's leader in charge.</summary>
    CompanyLeader = 6,

    /// <summary>董事领导 — a board director.</summary>
    BoardDirector = 7,

    /// <summary>总经理 — the general manager.</summary>
    GeneralManager = 8,

    /// <summary>发展商客户服务部 — the developer's customer-service department.</summary>
    DeveloperCustomerService = 9,

    /// <summary>The complainant (for confirmations recorded on their behalf).</summary>
    Complainant = 10,
}
