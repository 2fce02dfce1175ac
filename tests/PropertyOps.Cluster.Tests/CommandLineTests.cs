using System;
using System.IO;
using System.Threading.Tasks;

namespace PropertyOps.Cluster.Tests;

/// <summary>The demo's command line: a wrong argument is one line on stderr and exit code 2; --help exits 0.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--bogus")]
    [InlineData("--quick --bogus")]
    [InlineData("--quick --measure")]
    public async Task A_wrong_argument_is_one_line_on_stderr_and_exit_code_2(string line)
    {
        var (code, output, error) = await Run(line.Split(' '));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("unknown argument", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var (code, output, error) = await Run(["--help"]);
        Assert.Equal(0, code);
        Assert.Contains("--measure", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task The_quick_demo_runs_a_one_silo_cluster_and_prints_the_groups_overdue_list_and_report()
    {
        var (code, output, error) = await Run(["--quick"]);
        Assert.True(code == 0, error);
        Assert.Contains("escalation: E0", output, StringComparison.Ordinal);
        Assert.Contains("The group's overdue list at 2026-10-12T14:00:00Z", output, StringComparison.Ordinal);
        Assert.Contains("October 2026 across 5 estates: 200 complaints", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(string[] args)
    {
        var (output, error) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await Program.Main(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
