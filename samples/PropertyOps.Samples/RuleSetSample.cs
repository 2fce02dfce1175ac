using System;
using System.IO;
using System.Linq;
using PropertyOps.Rules.RuleSets;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary><c>ruleset export &lt;preset&gt; &lt;file&gt;</c> and <c>ruleset check &lt;file&gt;</c>.</summary>
internal static class RuleSetSample
{
    public static int Run(string[] args)
    {
        if (args.Length == 3 && args[0] == "export")
        {
            if (!RuleSet.Presets.TryGetValue(args[1], out var preset))
            {
                AnsiConsole.MarkupLine($"[red]Unknown preset[/] {Markup.Escape(args[1])}; presets: {string.Join(", ", RuleSet.Presets.Keys)}");
                return 2;
            }

            using (var file = File.Create(args[2]))
            {
                preset.Save(file);
            }

            AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(preset.Name)}[/] ({RuleSet.Schema}) to {Markup.Escape(args[2])}");
            return 0;
        }

        if (args.Length == 2 && args[0] == "check")
        {
            if (!File.Exists(args[1]))
            {
                AnsiConsole.MarkupLine($"[red]No such file[/] {Markup.Escape(args[1])}");
                return 2;
            }

            var problems = RuleSet.Check(File.ReadAllBytes(args[1]));
            if (problems.IsEmpty)
            {
                var set = RuleSet.Load(File.ReadAllBytes(args[1]));
                AnsiConsole.MarkupLine($"[green]OK[/] {Markup.Escape(set.ToString())}");
                return 0;
            }

            var table = SampleConsole.Table().Title($"{problems.Length} problem(s) in {Markup.Escape(args[1])}").AddColumn("path").AddColumn("line").AddColumn("column").AddColumn("problem");
            foreach (var p in problems)
            {
                table.AddRow(Markup.Escape(p.Path), p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Message));
            }

            AnsiConsole.Write(table);
            return 1;
        }

        AnsiConsole.WriteLine($"usage: ruleset export <{string.Join("|", RuleSet.Presets.Keys)}> <file> | ruleset check <file>");
        return 2;
    }
}
