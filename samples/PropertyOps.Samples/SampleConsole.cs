using System;
using System.Linq;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>
/// Console set-up shared by the samples: on a terminal, colours and the terminal's width; with <c>--plain</c>, or when the
/// output is piped or redirected, no colours or control codes and a fixed width of 160 columns, so tables stay readable
/// in a file or a CI log.
/// </summary>
internal static class SampleConsole
{
    public const int PlainWidth = 160;

    public static bool IsPlain { get; private set; }

    /// <summary>Configures <see cref="AnsiConsole"/> and returns the arguments without <c>--plain</c>.</summary>
    public static string[] Configure(string[] args)
    {
        IsPlain = args.Contains("--plain", StringComparer.Ordinal) || Console.IsOutputRedirected;
        if (IsPlain)
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Console.Out),
            });
            AnsiConsole.Console.Profile.Width = PlainWidth;
        }

        return args.Where(a => a != "--plain").ToArray();
    }

    /// <summary>A deadline status as coloured markup: breached red, at risk orange, met late yellow, pending blue, met green.</summary>
    public static string Status(PropertyOps.Rules.Sla.DeadlineStatus status, string? text = null) => status switch
    {
        PropertyOps.Rules.Sla.DeadlineStatus.Breached => $"[red]{text ?? "breached"}[/]",
        PropertyOps.Rules.Sla.DeadlineStatus.AtRisk => $"[darkorange]{text ?? "at risk"}[/]",
        PropertyOps.Rules.Sla.DeadlineStatus.MetLate => $"[yellow]{text ?? "met late"}[/]",
        PropertyOps.Rules.Sla.DeadlineStatus.Pending => $"[blue]{text ?? "pending"}[/]",
        PropertyOps.Rules.Sla.DeadlineStatus.MetOnTime => $"[green]{text ?? "met"}[/]",
        _ => "-",
    };

    /// <summary>A table in the current mode: rounded borders on a terminal, plain ASCII when piped.</summary>
    public static Table Table() => new Table().Border(IsPlain ? TableBorder.Ascii : TableBorder.Rounded);
}
