namespace PropertyOps.Domain.Documents;

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
