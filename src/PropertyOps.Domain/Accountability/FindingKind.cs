namespace PropertyOps.Domain.Accountability;

/// <summary>What an accountability finding (追究) is about.</summary>
public enum FindingKind
{
    /// <summary>A timed duty was breached: still undone after its due instant.</summary>
    DutyBreached = 1,

    /// <summary>A timed duty was done, but after its due instant.</summary>
    DutyLate = 2,

    /// <summary>The first contact neither took the matter on nor redirected the visitor (C9).</summary>
    FirstContactIgnored = 3,

    /// <summary>The first contact redirected the visitor without naming the responsible person or department (C9).</summary>
    FirstContactRedirectUnnamed = 4,

    /// <summary>A head did not act on a finding against their staff (处理首问责任人的同时，处罚责任人).</summary>
    HeadDidNotAct = 5,

    /// <summary>
    /// A quarterly review (员工季度考核表) due at a quarter's end was not made for an employee on the roster (C21: 每季度末…必须将
    /// 每一位员工按表现优劣排序): a finding against whoever owed it — the head of the employee's department.
    /// </summary>
    ReviewMissing = 6,
}
