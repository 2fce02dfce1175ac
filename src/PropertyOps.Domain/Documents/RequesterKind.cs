namespace PropertyOps.Domain.Documents;

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
