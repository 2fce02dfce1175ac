namespace PropertyOps.Domain.Complaints;

/// <summary>
/// What a complaint is about: the general categories of C15 (values 1–7) and the major categories of C16 (20–29).
/// </summary>
public enum ComplaintCategory
{
    /// <summary>装修噪音 — renovation noise disturbing others (C15).</summary>
    RenovationNoise = 1,

    /// <summary>公共设施故障 — a fault of a shared facility such as a washroom (C15).</summary>
    SharedFacilityFault = 2,

    /// <summary>室内设施维修 — in-unit repair (C15).</summary>
    InUnitRepair = 3,

    /// <summary>邮件报纸遗失 — lost or missing mail or newspapers (C15).</summary>
    LostMail = 4,

    /// <summary>环境卫生及绿化 — cleaning and landscaping of common areas (C15).</summary>
    CleaningAndLandscaping = 5,

    /// <summary>鼠虫害 — pests (C15).</summary>
    Pests = 6,

    /// <summary>其他服务 — any other service of the management centre (C15).</summary>
    OtherService = 7,

    /// <summary>火灾 — fire (C16, emergency).</summary>
    Fire = 20,

    /// <summary>电梯困人 — people trapped in a lift (C16, emergency).</summary>
    LiftEntrapment = 21,

    /// <summary>爆炸 — explosion (C16, emergency).</summary>
    Explosion = 22,

    /// <summary>突发性停电 — sudden power cut (C16, emergency).</summary>
    SuddenPowerCut = 23,

    /// <summary>水浸 — flooding (C16, emergency).</summary>
    Flooding = 24,

    /// <summary>盗窃等破坏性行为 — theft or vandalism (C16).</summary>
    TheftOrVandalism = 25,

    /// <summary>刑事案件 — a criminal case (C16).</summary>
    CriminalCase = 26,

    /// <summary>客户集体投诉 — a collective complaint by three or more households (C16).</summary>
    CollectiveComplaint = 27,

    /// <summary>主要设备设施故障 — failure of main plant: central chiller, generator, HV/LV switchgear, telecoms (C16).</summary>
    MainPlantFailure = 28,

    /// <summary>主体结构遭受破坏 — damage to the main structure (C16).</summary>
    StructuralDamage = 29,
}
