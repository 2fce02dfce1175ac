using NodaTime;
using PropertyOps.Rules.Retention;

namespace PropertyOps.Rules.Presets;

/// <summary>Retention schedules and lending policies (document-control regulation, 003 篇5 §5.6, §6; rules D6, D7, D11, D12).</summary>
public static class RetentionPresets
{
    /// <summary>
    /// D11's table of the document-control registers, each kept in the office: printing register (印制文件登记表,
    /// QR-WD01-02-01) 1 year; archive catalogue (存档备案资料目录, QR-WD01-02-02) long-term (长期, kept permanently);
    /// distribution register (文件分发登记表, -03), borrowing register (文件、资料借阅登记表, -04), copy register (文件复印登记表,
    /// -05), reissue applications (文件补发申请表, -06) and the void and destruction register (作废、销毁文件登记表, -07) 1 year
    /// each. A register's year runs from its last entry (the register is closed); interpretation in docs/rules.md.
    /// </summary>
    public static RetentionSchedule DocumentControlRegulation { get; } = new(
    [
        new RetentionRule("printing-register", "印制文件登记表 (QR-WD01-02-01)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
        new RetentionRule("archive-catalogue", "存档备案资料目录 (QR-WD01-02-02)", RetentionPeriod.Permanent, RetentionTrigger.Creation),
        new RetentionRule("distribution-register", "文件分发登记表 (QR-WD01-02-03)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
        new RetentionRule("borrowing-register", "文件、资料借阅登记表 (QR-WD01-02-04)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
        new RetentionRule("copy-register", "文件复印登记表 (QR-WD01-02-05)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
        new RetentionRule("reissue-application", "文件补发申请表 (QR-WD01-02-06)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
        new RetentionRule("void-destruction-register", "作废、销毁文件登记表 (QR-WD01-02-07)", RetentionPeriod.OfYears(1), RetentionTrigger.LastEntry),
    ]);

    /// <summary>The lending policy of 003 篇5 §5.6.4 (D7) with documentary archives read only (D12) and loans of at most 30 days.</summary>
    public static LendingPolicy Lending { get; } = new();

    /// <summary>The archive policy: <see cref="Lending"/>, <see cref="DocumentControlRegulation"/>, Asia/Shanghai.</summary>
    public static ArchivePolicy Archive { get; } = new(Lending, DocumentControlRegulation, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
}
