namespace PropertyOps.Domain.Accountability;

/// <summary>The periodic duties of the revisit regulation (C13, 002 篇4 二).</summary>
public enum PeriodicDutyKind
{
    /// <summary>The office director visits owners at home, 1–2 times a year (主任每年走访业主1至2次).</summary>
    DirectorHomeVisit = 1,

    /// <summary>Each property officer revisits their area once a quarter (管理员每季度回访辖区一次).</summary>
    AreaRevisit = 2,

    /// <summary>An owners' forum every half year (每半年召开一次业主座谈会).</summary>
    OwnersForum = 3,
}
