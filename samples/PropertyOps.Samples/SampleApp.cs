using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>The sample app: with no arguments a demo estate through every area; otherwise one sub-command.</summary>
public static class SampleApp
{
    private static readonly Dictionary<string, (string Description, Func<string[], int> Run)> Commands = new(StringComparer.Ordinal)
    {
        ["calendar"] = ("Deadlines on the mainland-China working calendar around National Day 2026 (C2, C3, C6, C18).", CalendarSample.Run),
        ["sla"] = ("A complaint's deadlines evaluated during National Day, with the C6 revisit explained in Chinese and English.", SlaSample.Run),
        ["emergency"] = ("A lift entrapment's emergency deadlines minute by minute.", EmergencySample.Run),
        ["complaints"] = ("One written complaint through its lifecycle: events, a C17 refusal, replay and stored JSON.", ComplaintSample.Run),
        ["fees"] = ("A quarter billed by satisfaction per owner and estate-wide, and a year with fee items settled by quarter (F1–F3).", FeeSample.Run),
        ["cards"] = ("A year of red/yellow/blue cards: November's count as a bar chart and the yearly grade (K1–K7).", CardSample.Run),
        ["archive"] = ("Loans by confidentiality with their reasons, and the disposition list of 1,000,000 records (D1–D12). Optional: a record count.", ArchiveSample.Run),
        ["ruleset"] = ("ruleset export <preset> <file> | ruleset check <file> (propertyops.ruleset/1).", RuleSetSample.Run),
    };

    /// <summary>Runs the app.</summary>
    /// <param name="args">The command line (add <c>--plain</c> for output without colours).</param>
    /// <returns>The exit code: 0 on success, 1 for a refused input, 2 for a usage error.</returns>
    public static int Run(string[] args)
    {
        args = SampleConsole.Configure(args ?? []);
        if (args.Length == 0)
        {
            AnsiConsole.Write(new Rule("[bold]PropertyOps demo estate 翠湖花园[/]"));
            foreach (var name in new[] { "sla", "emergency", "fees", "cards", "archive" })
            {
                AnsiConsole.Write(new Rule($"[bold]{name}[/] — {Markup.Escape(Commands[name].Description)}").LeftJustified());
                var code = Commands[name].Run([]);
                if (code != 0)
                {
                    return code;
                }
            }

            AnsiConsole.MarkupLine("Sub-commands: " + string.Join(", ", Commands.Keys) + " (add --plain for piped output).");
            return 0;
        }

        if (!Commands.TryGetValue(args[0], out var command))
        {
            AnsiConsole.MarkupLine("[bold]PropertyOps samples[/] — usage: dotnet run --project samples/PropertyOps.Samples -- [[command]] [[--plain]]");
            var table = SampleConsole.Table().AddColumn("command").AddColumn("shows");
            foreach (var (name, (description, _)) in Commands)
            {
                table.AddRow(name, Markup.Escape(description));
            }

            AnsiConsole.Write(table);
            return 2;
        }

        return command.Run(args.Skip(1).ToArray());
    }
}
