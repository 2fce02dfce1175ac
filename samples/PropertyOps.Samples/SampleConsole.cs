using System;
using System.Linq;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PropertyOps.Samples;

/// <summary>
/// Console set-up shared by the samples: on a terminal, colours and the terminal's width; with <c>--plain</c>, or when the
/// output is piped or redirected, no colours or control codes and a fixed width of 160 columns. In plain mode a table is
/// never wrapped mid-cell: one that does not fit the width is written one record per line instead.
/// </summary>
internal static class SampleConsole
{
    public const int PlainWidth = 160;

    public static bool IsPlain { get; private set; }

    /// <summary>Configures <see cref="AnsiConsole"/> for this run.</summary>
    /// <param name="plain">Whether <c>--plain</c> was given (plain output is also chosen when the output is redirected).</param>
    public static void Configure(bool plain)
    {
        IsPlain = plain || Console.IsOutputRedirected;
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

    /// <summary>
    /// Writes a table. In plain mode a table wider than the width is not wrapped mid-cell: its title, then one line per
    /// record, <c>header: value</c> pairs separated by <c> | </c>.
    /// </summary>
    public static void Write(Table table)
    {
        var console = AnsiConsole.Console;
        if (!IsPlain)
        {
            console.Write(table);
            return;
        }

        var options = RenderOptions.Create(console);
        var natural = ((IRenderable)table).Measure(options, int.MaxValue / 4).Max;
        if (natural <= PlainWidth)
        {
            console.Write(table);
            return;
        }

        // Written past the console's width, which would wrap them: one record is one line, however long.
        var output = Console.Out;
        if (table.Title is { } title)
        {
            output.WriteLine(PlainText(new Markup(title.Text)));
        }

        var headers = table.Columns.Select(c => PlainText(c.Header)).ToArray();
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(" | ", row.Select((cell, i) => $"{headers[i]}: {PlainText(cell)}")));
        }
    }

    // The text of a renderable without styles or line breaks.
    private static string PlainText(IRenderable renderable)
    {
        var builder = new StringBuilder();
        foreach (var segment in renderable.Render(RenderOptions.Create(AnsiConsole.Console), int.MaxValue / 4))
        {
            if (!segment.IsControlCode)
            {
                builder.Append(segment.IsLineBreak ? ' ' : segment.Text);
            }
        }

        return builder.ToString().Trim();
    }
}
