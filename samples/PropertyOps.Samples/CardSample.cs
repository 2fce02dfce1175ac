using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Cards;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Presets;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>红黄蓝牌 — a demo estate's year of cards (the twelve months to November 2026): each month's ballots counted on the count day, a bar chart, the yearly grade.</summary>
internal static class CardSample
{
    public const int Households = 320;

    public static int Run()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var ids = Enumerable.Range(0, Households).Select(i => $"{(i / 40) + 1}-{(i / 10 % 4) + 1}-{(i % 10) + 1:00}01").ToArray();
        var counts = new List<MonthlyCount>();
        void CastYear(Action? tick)
        {
            for (var m = 0; m < 12; m++)
            {
                var ym = new YearMonth(2025, 12).PlusMonths(m);
                var month = ym.Month;
                var box = BallotBox.Open("翠湖花园", ym, ids, zone);
                var at = box.CountDate.At(new LocalTime(10, 0)).InZoneStrictly(zone).ToInstant();
                var random = new Random((ym.Year * 100) + month);
                foreach (var id in ids)
                {
                    foreach (var target in new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee })
                    {
                        if (random.Next(100) < 12)
                        {
                            continue; // abstains
                        }

                        var roll = random.Next(100) + (target == CardTarget.PropertyCompany ? month : 0);
                        var colour = roll < 12 ? CardColour.Red : roll < 35 ? CardColour.Yellow : CardColour.Blue;
                        box = box.Cast(new Ballot(id, ym, target, colour, at), at);
                    }
                }

                counts.Add(new MonthlyCount(ym, box.Tally()));
                tick?.Invoke();
            }
        }

        if (SampleConsole.IsPlain)
        {
            CastYear(null);
        }
        else
        {
            AnsiConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Casting and counting a year's ballots", maxValue: 12);
                CastYear(() => task.Increment(1));
            });
        }

        var november = counts[^1].Tally;
        AnsiConsole.MarkupLine($"[bold]翠湖花园 November 2026[/]: {Households} households, counted on {CountDay.Of(new YearMonth(2026, 11)):yyyy-MM-dd} (the last Saturday)");
        foreach (var target in new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee })
        {
            var chart = new BarChart().Width(Math.Min(80, SampleConsole.PlainWidth)).Label($"{target}: turnout {november.Turnout(target) * 100:0.#}%")
                .AddItem("蓝 blue", november.Count(target, CardColour.Blue), Color.Blue)
                .AddItem("黄 yellow", november.Count(target, CardColour.Yellow), Color.Yellow)
                .AddItem("红 red", november.Count(target, CardColour.Red), Color.Red);
            AnsiConsole.Write(chart);
        }

        var grades = SampleConsole.Table().Title("Yearly grade (K6, K7)").AddColumn("target").AddColumn("months").AddColumn("blue").AddColumn("yellow").AddColumn("red").AddColumn("index").AddColumn("decision");
        foreach (var target in new[] { CardTarget.PropertyCompany, CardTarget.OwnersCommittee })
        {
            var grade = CardGrading.Grade(counts, target, CardPresets.RedYellowBlueSystem);
            grades.AddRow(target.ToString(), grade.Months.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{grade.BlueShare * 100:0.0}%", $"{grade.YellowShare * 100:0.0}%", $"{grade.RedShare * 100:0.0}%", $"{grade.Index:0.000}", Markup.Escape($"{grade.Decision} {grade.Chinese}"));
        }

        SampleConsole.Write(grades);
        return 0;
    }
}
