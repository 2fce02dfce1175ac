using System;
using System.Globalization;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>The bilingual wording shared by quarter and period statements.</summary>
internal static class FeeText
{
    public static string N(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    // The one percent formatter of billing: a fraction as a percentage to at most two places, rounded half away from zero
    // (0.955 → 95.5%). Bad input can be any decimal: beyond ±10^20 the fraction is shown as it is, never multiplied (no overflow).
    public static string Pct(decimal fraction) => Math.Abs(fraction) < 100_000_000_000_000_000_000m
        ? Math.Round(fraction * 100, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%"
        : "fraction " + fraction.ToString("0.##", CultureInfo.InvariantCulture);

    public static (string Zh, string En) Band(FeeSchedule schedule, SatisfactionRate applied, decimal factor)
    {
        var floor = factor == schedule.Floor && schedule.Floor > 0;
        var band = schedule.Factors.IsTiered ? $"属 {schedule.Factors.TierFor(applied)} 档" : "按线性插值";
        var bandEn = schedule.Factors.IsTiered ? $"tier {schedule.Factors.TierFor(applied)}" : "linear interpolation";
        return ($"收费系数：{band} → {Pct(factor)}{(floor ? "（保底）" : string.Empty)}", $"Fee factor: {bandEn} → {Pct(factor)}{(floor ? " (floor)" : string.Empty)}");
    }

    public static (string Zh, string En) Basis(FeeBasis basis, FeeSchedule schedule, SatisfactionRate? rate, decimal factor, decimal responseRate)
    {
        var weighting = schedule.EstateWeighting == EstateWeighting.ByArea ? ("按面积加权", "weighted by area") : ("按户平均", "one per household");
        return basis switch
        {
            FeeBasis.EstateRate => ($"全小区统一满意率：{rate}（有效评分表{weighting.Item1}，回收率 {Pct(responseRate)}）", $"Estate-wide satisfaction rate: {rate} (counted surveys {weighting.Item2}; response {Pct(responseRate)})"),
            FeeBasis.BelowMinimumResponse => (
                $"评分表回收率 {Pct(responseRate)} 低于最低要求 {Pct(schedule.MinimumResponseRate)}，不计全小区满意率，按 {Pct(factor)} 收取",
                $"Response {Pct(responseRate)} is below the minimum {Pct(schedule.MinimumResponseRate)}: no estate rate; billed at the fallback factor {Pct(factor)}"),
            FeeBasis.OwnRate => schedule.Method == RateMethod.WeightedMean
                ? ($"服务满意率：{rate}（各项评分加权平均）", $"Satisfaction rate: {rate} (weighted mean of item scores)")
                : ($"服务满意率：{rate}（满意及以上项目加权占比）", $"Satisfaction rate: {rate} (weighted share of items rated satisfied or better)"),
            FeeBasis.EstateAverageForNonRespondent => ($"未交评分表：按全小区平均满意率 {rate} 计", $"No survey counted: billed at the estate's average rate {rate}"),
            FeeBasis.FixedFactor => ($"未交评分表：按固定系数 {Pct(factor)} 收取", $"No survey counted: billed at the fixed factor {Pct(factor)}"),
            FeeBasis.Pending => ("本季度评分尚未结束：暂按全额收取，季末结算", "The quarter's survey has not closed: billed in full for now, settled at the quarter's end"),
            _ => ("未交评分表：按全额收取", "No survey counted: billed in full"),
        };
    }
}
