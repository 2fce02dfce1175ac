using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace PropertyOps.Samples;

/// <summary>Spectre's help, with the exit codes at the foot of every page.</summary>
internal sealed class SampleHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        base.GetFooter(model, command).Concat(
        [
            new Markup("\n[yellow]EXIT CODES:[/]\n"),
            new Text("    0  done\n    1  refused input: a rule refused the command, or a file's content is not acceptable\n    2  usage error: an unknown command, a missing, extra or malformed argument\n    3  I/O: a file or folder that does not exist or cannot be read or written\n   70  an unexpected error (reported in one line)\n"),
            new Text("Results go to standard output; problems to standard error, one line each.\n"),
        ]);
}
