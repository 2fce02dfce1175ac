namespace PropertyOps.Domain.Documents;

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
