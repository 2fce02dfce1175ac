using System;
using System.IO;
using System.Linq;
using PropertyOps.Domain.Common;
using PropertyOps.Rules.RuleSets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PropertyOps.Samples;

/// <summary>
/// The sample app: with no arguments a demo estate through every area; otherwise one sub-command. The command line is
/// parsed by Spectre.Console.Cli: every command has <c>--help</c>; results go to standard output; a problem is one line on
/// standard error with an exit code (<see cref="ExitCode"/>), never a stack trace.
/// </summary>
public static class SampleApp
{
    /// <summary>The sub-commands of the demo (no arguments), in order.</summary>
    private static readonly (string Name, string Description, Func<int> Run)[] Demo =
    [
        ("sla", "A complaint's deadlines evaluated during National Day, with the C6 revisit explained in Chinese and English.", SlaSample.Run),
        ("emergency", "A lift entrapment's emergency deadlines minute by minute.", EmergencySample.Run),
        ("fees", "A quarter billed by satisfaction per owner and estate-wide, and a year with fee items settled by quarter (F1–F3).", FeeSample.Run),
        ("cards", "A year of red/yellow/blue cards: November's count as a bar chart and the yearly grade (K1–K7).", CardSample.Run),
        ("archive", "Loans by confidentiality with their reasons, and the disposition list of 1,000,000 records (D1–D12).", () => ArchiveSample.Run(ArchiveCommand.DefaultRecords)),
    ];

    /// <summary>Runs the app.</summary>
    /// <param name="args">The command line (add <c>--plain</c> for output without colours).</param>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public static int Run(string[] args)
    {
        args ??= [];
        SampleConsole.Configure(args.Contains("--plain", StringComparer.Ordinal));
        var app = new CommandApp<DemoCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project samples/PropertyOps.Samples --");
            config.PropagateExceptions();
            config.ConfigureConsole(AnsiConsole.Console);
            config.SetHelpProvider(new SampleHelpProvider(config.Settings));
            config.AddExample("calendar");
            config.AddExample("complaints", "add", "TS-20261125-0001", "2026-11-25T09:00", "--db", "demo.db");
            config.AddExample("archive", "20000", "--plain");
            config.AddExample("ruleset", "export", "regulation", "rules.json");
            config.AddDelegate<SampleSettings>("calendar", (_, _, _) => CalendarSample.Run()).WithDescription("Deadlines on the mainland-China working calendar around National Day 2026 (C2, C3, C6, C18).");
            config.AddDelegate<SampleSettings>("sla", (_, _, _) => SlaSample.Run()).WithDescription(Demo[0].Description);
            config.AddDelegate<SampleSettings>("emergency", (_, _, _) => EmergencySample.Run()).WithDescription(Demo[1].Description);
            config.AddBranch<SampleSettings>("complaints", complaints =>
            {
                complaints.SetDescription("One written complaint through its lifecycle; or complaints kept in a SQLite store: complaints add|advance|overdue|list … [[--db PATH]].");
                complaints.SetDefaultCommand<ComplaintWalkthroughCommand>();
                complaints.AddCommand<ComplaintAddCommand>("add").WithDescription("Record a phone complaint received at TIME; creates the store on first use, and says so.");
                complaints.AddCommand<ComplaintAdvanceCommand>("advance").WithDescription($"Apply one step at TIME: {string.Join(", ", ComplaintSteps.Names)}.");
                complaints.AddCommand<ComplaintOverdueCommand>("overdue").WithDescription("Overdue and at-risk deadlines at TIME, from the store's due index.");
                complaints.AddCommand<ComplaintListCommand>("list").WithDescription("Every stored complaint and where it stands.");
            });
            config.AddDelegate<SampleSettings>("fees", (_, _, _) => FeeSample.Run()).WithDescription(Demo[2].Description);
            config.AddDelegate<SampleSettings>("cards", (_, _, _) => CardSample.Run()).WithDescription(Demo[3].Description);
            config.AddCommand<ArchiveCommand>("archive").WithDescription("Loans by confidentiality with their reasons, and the disposition list of RECORDS records (1–2,000,000; 1,000,000 by default) (D1–D12).");
            config.AddBranch<SampleSettings>("ruleset", ruleset =>
            {
                ruleset.SetDescription($"A company's rules in one file (propertyops.ruleset/1): ruleset export <{string.Join("|", RuleSet.Presets.Keys)}> FILE | ruleset check FILE.");
                ruleset.AddCommand<RuleSetExportCommand>("export").WithDescription($"Write a preset ({string.Join(", ", RuleSet.Presets.Keys)}) to FILE.");
                ruleset.AddCommand<RuleSetCheckCommand>("check").WithDescription("Check FILE and list every problem with its path, line and column.");
            });
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception e)
        {
            var (code, message) = Describe(e);
            Console.Error.WriteLine($"error: {message}");
            return code;
        }
    }

    /// <summary>Runs the demo walkthrough of every area.</summary>
    internal static int RunDemo()
    {
        AnsiConsole.Write(new Rule("[bold]PropertyOps demo estate 翠湖花园[/]"));
        foreach (var (name, description, run) in Demo)
        {
            AnsiConsole.Write(new Rule($"[bold]{name}[/] — {Markup.Escape(description)}").LeftJustified());
            var code = run();
            if (code != ExitCode.Ok)
            {
                return code;
            }
        }

        AnsiConsole.MarkupLine("Sub-commands: calendar, sla, emergency, complaints, fees, cards, archive, ruleset (add --help to any, --plain for piped output).");
        return ExitCode.Ok;
    }

    // One line in the user's terms, and the exit code, for anything that reaches the top.
    private static (int Code, string Message) Describe(Exception e) => e switch
    {
        SampleException s => (s.ExitCode, s.Message),
        CommandParseException p when p.Message.StartsWith("Unknown command", StringComparison.Ordinal) =>
            (ExitCode.Usage, $"{FirstLine(p.Message).TrimEnd('.').Replace("Unknown", "unknown", StringComparison.Ordinal)}; commands: calendar, sla, emergency, complaints, fees, cards, archive, ruleset (--help lists them)"),
        CommandAppException a => (ExitCode.Usage, FirstLine(a.Message) + " (--help shows the usage)"),
        ComplaintStoreException s => (ExitCode.Refused, s.Message),
        RuleSetException r => (ExitCode.Refused, $"the rule set is refused: {r.Problems[0]}"),
        FileNotFoundException or DirectoryNotFoundException => (ExitCode.InputOutput, FirstLine(e.Message)),
        UnauthorizedAccessException => (ExitCode.InputOutput, "access denied: " + FirstLine(e.Message)),
        IOException => (ExitCode.InputOutput, FirstLine(e.Message)),
        ArgumentException or RuleViolationException => (ExitCode.Refused, FirstLine(e.Message)),
        _ => (ExitCode.Internal, $"unexpected {e.GetType().Name}: {FirstLine(e.Message)}"),
    };

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
