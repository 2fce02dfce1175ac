using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using PropertyOps.Samples;

namespace PropertyOps.Samples.Tests;

/// <summary>
/// The samples' command line as a newcomer meets it: every error path run in-process, with its exit code, its one line on
/// standard error (never a stack trace), nothing on standard output that belongs on standard error, and no file created
/// or changed.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "propertyops-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _previous = Environment.CurrentDirectory;

    public CommandLineTests()
    {
        Directory.CreateDirectory(_dir);
        Environment.CurrentDirectory = _dir; // a usage error or --help must create nothing here
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        SqliteConnection.ClearAllPools();
        Chattr("-i", _dir, recursive: true);
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Output, string Errors) Run(params string[] args) => SampleRunner.Run(args);

    private static void AssertOneLineError((int Code, string Output, string Errors) run, int code, string expected)
    {
        Assert.True(code == run.Code, $"exit {run.Code}, expected {code}: {run.Errors}");
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors + run.Output, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    private string[] Files() => [.. Directory.EnumerateFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Help_exits_0_lists_every_sub_command_the_store_option_the_presets_and_the_exit_codes_and_creates_nothing()
    {
        var (code, output, errors) = Run("--help");
        Assert.Equal(0, code);
        Assert.Empty(errors);
        foreach (var text in new[] { "calendar", "sla", "emergency", "complaints", "add|advance|overdue|list", "--db", "fees", "cards", "archive", "ruleset", "regulation", "linear-fees", "EXIT CODES", "2  usage error", "3  I/O" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }

        Assert.Contains("overdue <TIME>", Run("complaints", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("<PRESET>", Run("ruleset", "export", "--help").Output, StringComparison.Ordinal);
        Assert.Empty(Files());
    }

    [Theory]
    [InlineData(new[] { "bogus" }, "unknown command 'bogus'; commands: calendar")]
    [InlineData(new[] { "archive", "0" }, "RECORDS: '0' is not a record count")]
    [InlineData(new[] { "archive", "-5" }, "RECORDS: '-5' is not a record count")]
    [InlineData(new[] { "archive", "abc" }, "RECORDS: 'abc' is not a record count")]
    [InlineData(new[] { "archive", "10", "extra" }, "'extra'")]
    [InlineData(new[] { "calendar", "extra" }, "'extra'")]
    [InlineData(new[] { "complaints", "add", "TS-1", "2026-13-45T99:00" }, "TIME: '2026-13-45T99:00' is not a date-time (expected yyyy-MM-ddTHH:mm")]
    [InlineData(new[] { "complaints", "add", "TS 1!", "2026-11-25T09:00" }, "ID: 'TS 1!' is not a complaint id")]
    [InlineData(new[] { "complaints", "advance", "TS-1", "jump", "2026-11-25T09:00" }, "STEP: 'jump' is not a step")]
    [InlineData(new[] { "complaints", "add", "TS-1" }, "TIME")]
    [InlineData(new[] { "ruleset", "export", "nope", "rules.json" }, "PRESET: 'nope' is not a preset (")]
    public void A_usage_error_is_one_line_on_stderr_with_exit_code_2_and_creates_no_file(string[] args, string expected)
    {
        AssertOneLineError(Run(args), ExitCode.Usage, expected);
        Assert.Empty(Files());
    }

    [Fact]
    public void A_store_that_does_not_exist_is_reported_not_created_and_creating_one_is_explicit()
    {
        AssertOneLineError(Run("complaints", "list", "--db", "typo.db"), ExitCode.InputOutput, "the store typo.db does not exist");
        AssertOneLineError(Run("complaints", "overdue", "2026-11-25T09:00", "--db", "typo.db"), ExitCode.InputOutput, "does not exist");
        AssertOneLineError(Run("complaints", "advance", "TS-1", "register", "2026-11-25T09:00", "--db", "typo.db"), ExitCode.InputOutput, "does not exist");
        Assert.Empty(Files());

        var (code, output, errors) = Run("complaints", "add", "TS-1", "2026-11-25T09:00", "--db", "new.db");
        Assert.Equal(0, code);
        Assert.Empty(errors);
        Assert.Contains("Created a new complaint store at new.db", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Created", Run("complaints", "add", "TS-2", "2026-11-25T09:00", "--db", "new.db").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_an_instant_outside_the_supported_years_and_a_refused_step_are_one_line_each()
    {
        AssertOneLineError(Run("complaints", "add", "TS-1", "2026-11-25T09:00", "--db", Path.Combine("no-such-folder", "x.db")), ExitCode.InputOutput, $"the folder {Path.Combine(_dir, "no-such-folder")} does not exist");
        AssertOneLineError(Run("complaints", "add", "TS-1", "2200-01-01T09:00", "--db", "x.db"), ExitCode.Refused, "outside the supported years 1900–2149");
        Assert.Empty(Files());

        Assert.Equal(0, Run("complaints", "add", "TS-1", "2026-11-25T09:00", "--db", "x.db").Code);
        var before = File.ReadAllBytes("x.db");
        AssertOneLineError(Run("complaints", "advance", "TS-1", "close", "2026-11-25T09:20", "--db", "x.db"), ExitCode.Refused, "refused C6:");
        AssertOneLineError(Run("complaints", "advance", "TS-1", "register", "2026-11-25T08:00", "--db", "x.db"), ExitCode.Refused, "refused C1: Records are kept in time order");
        Assert.Equal(before, File.ReadAllBytes("x.db"));
    }

    [Fact]
    public void A_read_only_store_or_folder_is_reported_in_the_users_terms_and_left_unchanged()
    {
        Assert.Equal(0, Run("complaints", "add", "TS-1", "2026-11-25T09:00", "--db", "ro.db").Code);
        var before = File.ReadAllBytes("ro.db");
        Chattr("+i", Path.Combine(_dir, "ro.db"));
        try
        {
            var run = Run("complaints", "advance", "TS-1", "register", "2026-11-25T09:10", "--db", "ro.db");
            AssertOneLineError(run, ExitCode.InputOutput, "the store ro.db is read-only");
            Assert.DoesNotContain("SQLite", run.Errors, StringComparison.Ordinal);
            Assert.Equal(0, Run("complaints", "list", "--db", "ro.db").Code); // reading still works
        }
        finally
        {
            Chattr("-i", Path.Combine(_dir, "ro.db"));
        }

        Assert.Equal(before, File.ReadAllBytes("ro.db"));

        Directory.CreateDirectory(Path.Combine(_dir, "locked"));
        Chattr("+i", Path.Combine(_dir, "locked"));
        try
        {
            AssertOneLineError(Run("complaints", "add", "TS-1", "2026-11-25T09:00", "--db", Path.Combine("locked", "x.db")), ExitCode.InputOutput, "is read-only");
        }
        finally
        {
            Chattr("-i", Path.Combine(_dir, "locked"));
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "locked")));
    }

    [Fact]
    public void Rule_set_files_missing_huge_or_aimed_at_a_missing_folder_are_one_line_each()
    {
        AssertOneLineError(Run("ruleset", "check", "missing.json"), ExitCode.InputOutput, "the file missing.json does not exist");
        Directory.CreateDirectory("a-folder");
        AssertOneLineError(Run("ruleset", "check", "a-folder"), ExitCode.InputOutput, "a-folder is a folder, not a rule-set file");
        AssertOneLineError(Run("ruleset", "export", "regulation", "a-folder"), ExitCode.InputOutput, "a-folder is a folder");
        Directory.Delete("a-folder");
        AssertOneLineError(Run("ruleset", "export", "regulation", Path.Combine("nope", "rules.json")), ExitCode.InputOutput, "does not exist");
        Assert.Empty(Files());

        using (var huge = File.Create("huge.json"))
        {
            huge.SetLength(300L * 1024 * 1024); // sparse: 300 MB of zero bytes, refused after 4 MiB
        }

        var run = Run("ruleset", "check", "huge.json");
        Assert.Equal(ExitCode.Refused, run.Code);
        Assert.Contains("larger than the 4 MiB", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, Run("ruleset", "export", "regulation", "rules.json").Code);
        File.WriteAllBytes("bom.json", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes("rules.json")]);
        Assert.Equal(0, Run("ruleset", "check", "bom.json").Code);
    }

    [Fact]
    public void Plain_tables_never_wrap_mid_cell_a_table_too_wide_is_written_one_record_per_line()
    {
        var (code, output, _) = Run("archive", "1000");
        Assert.Equal(0, code);
        Assert.Contains("requester: 法院 court | document: 董事会决议 (A) | approvals: GeneralManager | answer: allowed | reason: D7", output, StringComparison.Ordinal);
        var refusal = output.Split('\n').Single(l => l.StartsWith("requester: 业主 owner | document: 3-2-1201", StringComparison.Ordinal));
        Assert.EndsWith("owners may borrow technical drawings and documents posted publicly only", refusal.TrimEnd(), StringComparison.Ordinal);
    }

    private static void Chattr(string flag, string path, bool recursive = false)
    {
        // Root ignores file modes; the immutable attribute holds even for root.
        using var process = Process.Start(new ProcessStartInfo("chattr", recursive ? $"-R {flag} \"{path}\"" : $"{flag} \"{path}\"") { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        if (flag == "+i")
        {
            Assert.True(process.ExitCode == 0, "chattr +i failed: " + process.StandardError.ReadToEnd());
        }
    }
}
