using System;
using System.ComponentModel;
using System.IO;
using PropertyOps.Domain.Common;
using PropertyOps.Rules.RuleSets;
using Spectre.Console;
using Spectre.Console.Cli;

// ruleset export PRESET FILE | ruleset check FILE.
namespace PropertyOps.Samples;

/// <summary><c>ruleset export PRESET FILE</c>.</summary>
public sealed class RuleSetExportCommand : Command<RuleSetExportCommand.Settings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken)
    {
        var preset = RuleSet.Presets[settings.Preset];
        var full = Path.GetFullPath(settings.File);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw SampleException.Io($"the folder {folder} does not exist");
        }

        if (Directory.Exists(full))
        {
            throw SampleException.Io($"{settings.File} is a folder; name a file to write");
        }

        using (var file = File.Create(full))
        {
            preset.Save(file);
        }

        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(preset.Name)}[/] ({RuleSet.Schema}) to {Markup.Escape(settings.File)}");
        return ExitCode.Ok;
    }

    /// <summary>The arguments.</summary>
    public sealed class Settings : SampleSettings
    {
        /// <summary>The preset.</summary>
        [CommandArgument(0, "<PRESET>")]
        [Description("regulation, linear-fees, …: a preset to export.")]
        public string Preset { get; set; } = string.Empty;

        /// <summary>The file to write.</summary>
        [CommandArgument(1, "<FILE>")]
        [Description("The file to write (its folder must exist).")]
        public string File { get; set; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            !RuleSet.Presets.ContainsKey(Preset)
                ? ValidationResult.Error($"PRESET: '{Redaction.Excerpt(Preset)}' is not a preset ({string.Join(", ", RuleSet.Presets.Keys)})")
                : string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("FILE: the path is empty") : ValidationResult.Success();
    }
}

/// <summary><c>ruleset check FILE</c>: every problem with its path, line and column; the file is read in bounded memory.</summary>
public sealed class RuleSetCheckCommand : Command<RuleSetCheckCommand.Settings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw SampleException.Io(Directory.Exists(settings.File) ? $"{settings.File} is a folder, not a rule-set file" : $"the file {settings.File} does not exist");
        }

        RuleSet set;
        try
        {
            set = RuleSet.Load(settings.File);
        }
        catch (RuleSetException e)
        {
            var table = SampleConsole.Table().Title($"{e.Problems.Length} problem(s) in {Markup.Escape(settings.File)}").AddColumn("path").AddColumn("line").AddColumn("column").AddColumn("problem");
            foreach (var p in e.Problems)
            {
                table.AddRow(Markup.Escape(p.Path), p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Message));
            }

            SampleConsole.Write(table);
            Console.Error.WriteLine($"error: {settings.File} is refused: {e.Problems.Length} problem(s), the first {e.Problems[0]}");
            return ExitCode.Refused;
        }

        AnsiConsole.MarkupLine($"[green]OK[/] {Markup.Escape(set.ToString())}");
        return ExitCode.Ok;
    }

    /// <summary>The arguments.</summary>
    public sealed class Settings : SampleSettings
    {
        /// <summary>The file to check.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("The rule-set file to check (at most 4 MiB).")]
        public string File { get; set; } = string.Empty;
    }
}
