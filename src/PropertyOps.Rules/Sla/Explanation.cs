namespace PropertyOps.Rules.Sla;

/// <summary>A short human-readable account of one deadline, in Chinese and in English.</summary>
/// <param name="Chinese">E.g. <c>C6.revisit 回访：2026-09-30 17:40 反馈 → 2 个工作日 → 2026-10-09 18:00，跳过国庆节 10-01 至 10-07 及周末</c>.</param>
/// <param name="English">The same in English.</param>
public sealed record Explanation(string Chinese, string English)
{
    /// <summary>The Chinese text, then the English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Chinese + "\n" + English;
}
