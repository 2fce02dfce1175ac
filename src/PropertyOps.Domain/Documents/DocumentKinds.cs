namespace PropertyOps.Domain.Documents;

/// <summary>受控文件 — the kinds of controlled documents (D1, 003 篇5 §5.2.1).</summary>
public enum ControlledKind
{
    /// <summary>内业资料 — internal records.</summary>
    InternalRecords = 1,

    /// <summary>图纸资料 — drawings (technical drawings).</summary>
    Drawings = 2,

    /// <summary>按照质量体系的控制要求进行管理的文件 — quality-management-system documents.</summary>
    QualitySystem = 3,

    /// <summary>在质量体系中引用的法律、法规和外来文件 — laws, regulations and external documents the QMS cites.</summary>
    CitedExternal = 4,

    /// <summary>与服务过程有关的合同协议 — contracts related to the service.</summary>
    ServiceContract = 5,

    /// <summary>业主档案 — owner files (the owners' property).</summary>
    OwnerFile = 6,
}

/// <summary>非受控文件 — the categories of uncontrolled documents, with their codes 1–7 (D2, 003 篇5 §5.2.2).</summary>
public enum UncontrolledCategory
{
    /// <summary>内行文、外行文 — internal and outgoing correspondence (1).</summary>
    Correspondence = 1,

    /// <summary>未被质量体系引用的外来文件 — external documents the QMS does not cite (2).</summary>
    ExternalNotCited = 2,

    /// <summary>与服务过程无关的合同协议 — contracts unrelated to the service (3).</summary>
    UnrelatedContract = 3,

    /// <summary>未被质量体系引用的法律法规 — laws and regulations the QMS does not cite (4).</summary>
    LawNotCited = 4,

    /// <summary>行业标准性文件 — industry standards (5).</summary>
    IndustryStandard = 5,

    /// <summary>照片、录像带 — photos and video (6).</summary>
    PhotoVideo = 6,

    /// <summary>电脑贮存 — computer storage (7).</summary>
    ComputerStorage = 7,
}

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

/// <summary>The sections of a customer file (D13, 002 篇3 §3).</summary>
public enum CustomerFileSection
{
    /// <summary>公司资料 — company details.</summary>
    CompanyDetails = 1,

    /// <summary>缴费记录及押金 — payment records and deposits.</summary>
    PaymentsAndDeposits = 2,

    /// <summary>装修资料 — renovation documents.</summary>
    Renovation = 3,

    /// <summary>入住资料 — move-in forms.</summary>
    MoveIn = 4,

    /// <summary>补充资料 — supplements.</summary>
    Supplements = 5,

    /// <summary>联系人 — contacts.</summary>
    Contacts = 6,

    /// <summary>紧急联系人 — emergency contacts.</summary>
    EmergencyContacts = 7,

    /// <summary>往来函件 — correspondence.</summary>
    Correspondence = 8,

    /// <summary>违章及欠费 — violations and arrears.</summary>
    ViolationsAndArrears = 9,

    /// <summary>维修记录 — repair records.</summary>
    Repairs = 10,

    /// <summary>投诉记录 — complaint records.</summary>
    Complaints = 11,

    /// <summary>单元工程档案 — the unit's engineering file.</summary>
    UnitEngineering = 12,
}

/// <summary>Who asks to borrow or read a document (D7).</summary>
public enum RequesterKind
{
    /// <summary>A member of staff of a department.</summary>
    Staff = 1,

    /// <summary>行业主管 — an industry regulator.</summary>
    IndustryRegulator = 2,

    /// <summary>业主（用户） — an owner or occupant.</summary>
    Owner = 3,

    /// <summary>国家执法部门 — a state law-enforcement body: police, procuratorate or court.</summary>
    LawEnforcement = 4,

    /// <summary>Any other outside body or person.</summary>
    OtherOutsider = 5,
}

/// <summary>How a document is to be used.</summary>
public enum LoanPurpose
{
    /// <summary>Taken away and returned by a due date (借阅).</summary>
    Borrow = 1,

    /// <summary>Read in the archive room and handed straight back (查阅); documentary archives allow only this (D12).</summary>
    ReadOnSite = 2,
}

/// <summary>The state a loaned document comes back in (D6).</summary>
public enum ReturnCondition
{
    /// <summary>完好 — intact.</summary>
    Intact = 1,

    /// <summary>受损 — damaged; the borrower states the cause.</summary>
    Damaged = 2,
}

/// <summary>Why a copy is reissued (D9).</summary>
public enum ReissueReason
{
    /// <summary>破损 — damaged: the damaged copy is returned.</summary>
    Damaged = 1,

    /// <summary>丢失 — lost.</summary>
    Lost = 2,
}

/// <summary>Why a legal hold is placed (D11).</summary>
public enum HoldReason
{
    /// <summary>诉讼 — litigation.</summary>
    Litigation = 1,

    /// <summary>调查 — an investigation.</summary>
    Investigation = 2,
}
