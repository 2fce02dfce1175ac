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
    public static int Run(string[] args)
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
            AnsiConsole.Write(table);
        }

        var first = FeeCalculator.Bill(households, surveys, quarter, schedule, zone, asOf)[0];
        var lines = SampleConsole.Table().Title($"Statement for {first.HouseholdId}").AddColumn("说明").AddColumn("explanation").AddColumn("amount", c => c.RightAligned());
        foreach (var line in first.Lines)
        {
            lines.AddRow(Markup.Escape(line.Chinese), Markup.Escape(line.English), line.Amount?.ToString() ?? string.Empty);
        }

        lines.AddRow("合计", "Total", $"[bold]{first.Payable}[/]");
        AnsiConsole.Write(lines);
        AnsiConsole.WriteLine("Split by service item: " + string.Join(", ", first.Shares.Select(s => $"{s.Item.Name} {s.Amount}")));
        return 0;
    }
}
