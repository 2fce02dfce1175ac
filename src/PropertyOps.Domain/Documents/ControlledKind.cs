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
