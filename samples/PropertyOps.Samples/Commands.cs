using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

// The sample app's commands: thin adapters from the parsed command line to the samples.
namespace PropertyOps.Samples;

/// <summary>Options every command takes.</summary>
public class SampleSettings : CommandSettings
{
    /// <summary>Plain output: no colours, tables that never wrap mid-cell (automatic when the output is piped).</summary>
    [CommandOption("--plain")]
    [Description("Plain output without colours (automatic when piped); tables that do not fit are written one record per line.")]
    public bool Plain { get; set; }
}

/// <summary>The demo walkthrough (no sub-command).</summary>
public sealed class DemoCommand : Command<SampleSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SampleSettings settings, System.Threading.CancellationToken cancellationToken) => SampleApp.RunDemo();
}

/// <summary><c>archive [RECORDS]</c>.</summary>
public sealed class ArchiveCommand : Command<ArchiveCommand.Settings>
{
    /// <summary>The records judged when none are given.</summary>
    public const int DefaultRecords = 1_000_000;

    /// <summary>The most records judged.</summary>
    public const int MaxRecords = 2_000_000;

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken) =>
        ArchiveSample.Run(settings.Count);

    /// <summary>The archive's arguments.</summary>
    public sealed class Settings : SampleSettings
    {
        /// <summary>How many records the disposition list judges, as typed.</summary>
        [CommandArgument(0, "[RECORDS]")]
        [Description("How many records the disposition list judges: 1 to 2,000,000 (1,000,000 by default).")]
        public string? Records { get; set; }

        /// <summary>The parsed count.</summary>
        public int Count => Records is null ? DefaultRecords : int.Parse(Records, NumberStyles.None, CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Records is null || (int.TryParse(Records, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxRecords)
                ? ValidationResult.Success()
                : ValidationResult.Error($"RECORDS: '{PropertyOps.Domain.Common.Redaction.Excerpt(Records)}' is not a record count (expected a whole number from 1 to 2,000,000)");
    }
}
