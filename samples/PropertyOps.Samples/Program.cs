using System;
using System.Collections.Generic;
using System.Linq;
using PropertyOps.Samples;
using Spectre.Console;

// The umbrella sample: one sub-command per area. `dotnet run --project samples/PropertyOps.Samples -- calendar`
var commands = new Dictionary<string, (string Description, Func<string[], int> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["calendar"] = ("Deadlines on the mainland-China working calendar around National Day 2026 (C2, C3, C6, C18).", CalendarSample.Run),
    ["sla"] = ("A complaint's deadlines evaluated during National Day, with the C6 revisit explained in Chinese and English.", SlaSample.Run),
    ["fees"] = ("A quarter billed by owners' satisfaction (买单式物业管理), per owner and estate-wide, with one statement explained.", FeeSample.Run),
    ["complaints"] = ("One written complaint through its lifecycle: events, a C17 refusal, replay and stored JSON.", ComplaintSample.Run),
};

args = SampleConsole.Configure(args);
if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    AnsiConsole.MarkupLine("[bold]PropertyOps samples[/] — usage: dotnet run --project samples/PropertyOps.Samples -- <command> [--plain]");
    var table = SampleConsole.Table().AddColumn("command").AddColumn("shows");
    foreach (var (name, (description, _)) in commands)
    {
        table.AddRow(name, Markup.Escape(description));
    }

    AnsiConsole.Write(table);
    return args.Length == 0 ? 0 : 1;
}

return command.Run(args.Skip(1).ToArray());
