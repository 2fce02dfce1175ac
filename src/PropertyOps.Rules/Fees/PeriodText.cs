using System.Collections.Immutable;

namespace PropertyOps.Rules.Fees;

/// <summary>The bilingual explanation of a period statement.</summary>
internal static class PeriodText
{
    public static ImmutableArray<StatementLine> Lines(PeriodStatement statement)
    {
        var schedule = statement.Context.Schedule;
        var currency = statement.Base.Currency;
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        foreach (var part in statement.Parts)
        {
            var months = FeeText.N(decimal.Round(part.Days.Months, 4, System.MidpointRounding.AwayFromZero));
            var (basisZh, basisEn) = FeeText.Basis(part.Basis, schedule, part.Rate, part.Factor, part.ResponseRate);
            lines.Add(new StatementLine(
                $"{part.Quarter}（{(part.Days.IsEmpty ? "无计费天数" : $"{part.Days.First:uuuu-MM-dd} 至 {part.Days.Last:uuuu-MM-dd}，{months} 个月")}）：{basisZh}",
                $"{part.Quarter} ({(part.Days.IsEmpty ? "no days billed" : $"{part.Days.First:uuuu-MM-dd} to {part.Days.Last:uuuu-MM-dd}, {months} months")}): {basisEn}",
                null));
            if (part.Rate is { } rate)
            {
                var (bandZh, bandEn) = FeeText.Band(schedule, rate, part.Factor);
                lines.Add(new StatementLine(bandZh, bandEn, null));
            }

            foreach (var charge in part.Charges)
            {
                var perSquareMetre = charge.Item.Pricing == FeePricing.PerSquareMetre;
                var quantityZh = perSquareMetre ? $"{FeeText.N(charge.Premises.Area)} m² × {FeeText.N(charge.Item.Price.Amount)} 元/m²/月" : $"{FeeText.N(charge.Item.Price.Amount)} 元/个/月";
                var quantityEn = perSquareMetre ? $"{FeeText.N(charge.Premises.Area)} m² × {FeeText.N(charge.Item.Price.Amount)} {currency}/m²/month" : $"{FeeText.N(charge.Item.Price.Amount)} {currency}/unit/month";
                var vacancyZh = charge.Base != charge.FullBase ? $" × 空置 {FeeText.Pct(schedule.Vacancy!.Share)} = {FeeText.N(charge.Base.Amount)} 元" : string.Empty;
                var vacancyEn = charge.Base != charge.FullBase ? $" × vacant {FeeText.Pct(schedule.Vacancy!.Share)} = {FeeText.N(charge.Base.Amount)} {currency}" : string.Empty;
                var factorZh = charge.Item.BySatisfaction ? $" × {FeeText.Pct(charge.Factor)} = {FeeText.N(charge.Payable.Amount)} 元" : "（不按满意度）";
                var factorEn = charge.Item.BySatisfaction ? $" × {FeeText.Pct(charge.Factor)} = {FeeText.N(charge.Payable.Amount)} {currency}" : " (not by satisfaction)";
                lines.Add(new StatementLine(
                    $"{charge.Item.Name}（{charge.Premises.Type.Name}）：{quantityZh} × {months} 个月 = {FeeText.N(charge.FullBase.Amount)} 元{vacancyZh}{factorZh}",
                    $"{charge.Item.Name} ({charge.Premises.Type.Code}): {quantityEn} × {months} months = {FeeText.N(charge.FullBase.Amount)} {currency}{vacancyEn}{factorEn}",
                    charge.Payable));
            }
        }

        if (schedule.PayableUnit != PayableUnit.Fen)
        {
            var (unitZh, unitEn) = schedule.PayableUnit == PayableUnit.Jiao ? ("角", "jiao") : ("元", "yuan");
            var (modeZh, modeEn) = schedule.PayableRounding switch
            {
                System.MidpointRounding.ToZero => ("舍去零头", "dropping the change"),
                System.MidpointRounding.AwayFromZero => ("四舍五入", "half away from zero"),
                System.MidpointRounding.ToEven => ("四舍六入五成双", "half to even"),
                System.MidpointRounding.ToNegativeInfinity => ("向下取整", "down"),
                _ => ("向上取整", "up"),
            };
            lines.Add(new StatementLine(
                $"抹零（取整至{unitZh}，{modeZh}）：{FeeText.N(statement.PayableBeforeRounding.Amount)} → {FeeText.N(statement.Payable.Amount)} 元",
                $"Rounded to the {unitEn} ({modeEn}, 抹零): {FeeText.N(statement.PayableBeforeRounding.Amount)} → {FeeText.N(statement.Payable.Amount)} {currency}",
                statement.RoundingAdjustment));
        }

        lines.Add(new StatementLine($"应付合计：{FeeText.N(statement.Payable.Amount)} 元", $"Total payable: {FeeText.N(statement.Payable.Amount)} {currency}", null));
        if (statement.Prepaid.Amount != 0)
        {
            var settlement = statement.Settlement.Amount;
            lines.Add(new StatementLine(
                $"预交 {FeeText.N(statement.Prepaid.Amount)} 元，应付 {FeeText.N(statement.Payable.Amount)} 元，{(settlement >= 0 ? "应退" : "应补")} {FeeText.N(System.Math.Abs(settlement))} 元（多退少补）",
                $"Prepaid {FeeText.N(statement.Prepaid.Amount)} {currency}, payable {FeeText.N(statement.Payable.Amount)} {currency}: {(settlement >= 0 ? "refund" : "balance due")} {FeeText.N(System.Math.Abs(settlement))} {currency}",
                null));
        }

        return lines.ToImmutable();
    }

}
