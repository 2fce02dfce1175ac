using System.Linq;
using NodaTime;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>Bills a small estate's third quarter of 2026 by satisfaction (买单式物业管理) and explains one bill.</summary>
internal static class FeeSample
{
    public static int Run()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var quarter = new Quarter(2026, 3);
        var schedule = FeePresets.PayBySatisfaction;
        var items = schedule.Weights.Keys.ToArray();
        var handedOut = new LocalDateTime(2026, 7, 2, 10, 0).InZoneStrictly(zone).ToInstant();
        var returned = new LocalDateTime(2026, 9, 28, 10, 0).InZoneStrictly(zone).ToInstant();
        var households = new[] { new Household("3-2-1201", 89.6m), new Household("3-2-1202", 120m), new Household("3-2-1203", 65.3m), new Household("3-2-1204", 142.8m) };
        SatisfactionSurvey Survey(string id, params decimal[] scores) =>
            new(id, quarter, ScoreScale.Percent, items.Zip(scores).ToDictionary(p => p.First, p => p.Second), handedOut, returned);
        var surveys = new[]
        {
            Survey("3-2-1201", 90, 85, 80, 88, 82),
            Survey("3-2-1202", 95, 96, 92, 90, 97),
            Survey("3-2-1203", 60, 55, 70, 40, 65),
        };
        var asOf = new LocalDateTime(2026, 10, 8, 9, 0).InZoneStrictly(zone).ToInstant();

        foreach (var mode in new[] { BillingMode.PerOwner, BillingMode.EstateWide })
        {
            var bills = FeeCalculator.Bill(households, surveys, quarter, schedule with { Mode = mode }, zone, asOf);
            var table = SampleConsole.Table().Title($"{quarter} management fees, {mode} (unit price {schedule.UnitPrice}/m²/month)")
                .AddColumn("household").AddColumn("base", c => c.RightAligned()).AddColumn("rate", c => c.RightAligned())
                .AddColumn("factor", c => c.RightAligned()).AddColumn("payable", c => c.RightAligned());
            foreach (var bill in bills)
            {
                table.AddRow(bill.HouseholdId, bill.Base.ToString(), bill.Rate?.ToString() ?? "no survey", $"{bill.Factor * 100:0.##}%", $"[bold]{bill.Payable}[/]");
            }

            table.AddRow("total", string.Empty, string.Empty, string.Empty, $"[bold]{bills.Select(b => b.Payable).Aggregate((a, b) => a + b)}[/]");
            SampleConsole.Write(table);
        }

        var first = FeeCalculator.Bill(households, surveys, quarter, schedule, zone, asOf)[0];
        var lines = SampleConsole.Table().Title($"Statement for {first.HouseholdId}").AddColumn("说明").AddColumn("explanation").AddColumn("amount", c => c.RightAligned());
        foreach (var line in first.Lines)
        {
            lines.AddRow(Markup.Escape(line.Chinese), Markup.Escape(line.English), line.Amount?.ToString() ?? string.Empty);
        }

        lines.AddRow("合计", "Total", $"[bold]{first.Payable}[/]");
        SampleConsole.Write(lines);
        AnsiConsole.WriteLine("Split by service item: " + string.Join(", ", first.Shares.Select(s => $"{s.Item.Name} {s.Amount}")));
        Year(zone, schedule, items);
        return 0;
    }

    // A demo estate of 240 households billed for 2026 with three fee items, prepaid in full and settled quarter by quarter.
    private static void Year(DateTimeZone zone, FeeSchedule preset, ServiceItem[] items)
    {
        var schedule = preset with
        {
            Items = System.Collections.Immutable.ImmutableDictionary<UnitType, System.Collections.Immutable.ImmutableArray<FeeItem>>.Empty
                .Add(UnitType.Residence, [FeeItem.Management(Money.Yuan(2.80m)), new FeeItem("lift", "电梯费", Money.Yuan(0.30m), FeePricing.PerSquareMetre, bySatisfaction: false), new FeeItem("waste", "垃圾清运费", Money.Yuan(8m), FeePricing.PerUnit, bySatisfaction: false)])
                .Add(UnitType.ParkingSpace, [new FeeItem("parking", "车位管理费", Money.Yuan(60m), FeePricing.PerUnit, bySatisfaction: true)]),
            Vacancy = new VacancyPolicy(0.7m, "management"),
            PayableUnit = PayableUnit.Jiao,
        };
        var homes = Enumerable.Range(0, 240).Select(i => i % 12 == 0
            ? new Household($"{(i / 24) + 1}-{(i / 6 % 4) + 1}-{(i % 6) + 1:00}02", [new Premises(UnitType.Residence, 90m + (i % 7) * 10), new Premises(UnitType.ParkingSpace, 12.5m)])
            : new Household($"{(i / 24) + 1}-{(i / 6 % 4) + 1}-{(i % 6) + 1:00}01", 60m + (i % 9) * 10) with { Vacant = i % 17 == 0, HandedOverOn = i % 23 == 0 ? new LocalDate(2026, 9, 16) : null }).ToArray();
        var surveys = Enumerable.Range(1, 4).SelectMany(q =>
        {
            var quarter = new Quarter(2026, q);
            var handedOut = quarter.Start.PlusDays(1).At(new LocalTime(10, 0)).InZoneStrictly(zone).ToInstant();
            var returned = quarter.End.PlusDays(-2).At(new LocalTime(10, 0)).InZoneStrictly(zone).ToInstant();
            return homes.Where((_, i) => (i + q) % 5 != 0).Select((h, i) => new SatisfactionSurvey(h.Id, quarter, ScoreScale.Percent, items.Select((item, k) => (item, score: (decimal)(55 + ((i * 13 + k * 7 + q * 5) % 46)))).ToDictionary(p => p.item, p => p.score), handedOut, returned));
        }).ToList();
        var prepaid = homes.ToDictionary(h => h.Id, h => FeeCalculator.FullFee(h, BillingPeriod.Year(2026), schedule));
        var bills = FeeCalculator.BillPeriod(homes, surveys, BillingPeriod.Year(2026), schedule, zone, new LocalDateTime(2027, 1, 8, 9, 0).InZoneStrictly(zone).ToInstant(), prepaid);

        var chart = new BarChart().Width(80).Label("2026Q3 satisfaction rates (households)");
        foreach (var (from, to) in new[] { (0, 60), (60, 70), (70, 80), (80, 90), (90, 101) })
        {
            var n = bills.Count(b => b.Parts[2].Rate is { } r && r.Percent >= from && r.Percent < to);
            chart.AddItem(to > 100 ? "≥ 90%" : $"{from}–{to}%", n, from >= 90 ? Color.Green : from >= 70 ? Color.Yellow : Color.Red);
        }

        AnsiConsole.Write(chart);
        var table = SampleConsole.Table().Title("2026 settled quarter by quarter (预交 → 多退少补; rounded to the jiao, 抹零)")
            .AddColumn("household").AddColumn("prepaid", c => c.RightAligned()).AddColumn("Q1", c => c.RightAligned()).AddColumn("Q2", c => c.RightAligned())
            .AddColumn("Q3", c => c.RightAligned()).AddColumn("Q4", c => c.RightAligned()).AddColumn("payable", c => c.RightAligned()).AddColumn("refund", c => c.RightAligned());
        foreach (var bill in bills.Take(8))
        {
            table.AddRow([bill.HouseholdId, bill.Prepaid.ToString(), .. bill.Parts.Select(p => p.Payable.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)), $"[bold]{bill.Payable}[/]", bill.Settlement.ToString()]);
        }

        table.AddRow("estate", bills.Select(b => b.Prepaid).Aggregate((a, b) => a + b).ToString(), "", "", "", "", $"[bold]{bills.Select(b => b.Payable).Aggregate((a, b) => a + b)}[/]", bills.Select(b => b.Settlement).Aggregate((a, b) => a + b).ToString());
        SampleConsole.Write(table);
        var shop = bills.First(b => b.Household.Premises.Length > 1);
        AnsiConsole.WriteLine($"{shop.HouseholdId}: " + string.Join(" | ", shop.Lines.Where(l => l.Amount is not null).Take(3).Select(l => l.Chinese)));
    }
}
