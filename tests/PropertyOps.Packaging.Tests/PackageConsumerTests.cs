using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace PropertyOps.Packaging.Tests;

/// <summary>
/// Packs PropertyOps.Domain and PropertyOps.Rules, then builds and runs a small consumer that references them as
/// packages from a local folder feed (restored into a private package folder, so no stale cache can stand in).
/// </summary>
/// <remarks>
/// Packing and building take about 20 seconds, so each step is written to standard output as it starts; the project's
/// console logger runs at normal verbosity, so <c>dotnet test</c> prints the steps as they happen.
/// </remarks>
public sealed class PackageConsumerTests : IDisposable
{
    private const string Version = "0.1.0";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "propertyops-packaging-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Both_packages_pack_with_readme_docs_and_symbols_and_a_consumer_runs_against_them()
    {
        var root = RepositoryRoot();
        var feed = Path.Combine(_work, "feed");
        foreach (var project in new[] { "PropertyOps.Domain", "PropertyOps.Rules" })
        {
            Report($"packing {project}…");
            // Packed from the Debug build `dotnet test` has just made (an up-to-date build is skipped); .ci/run packs Release.
            Run("dotnet", $"pack \"{Path.Combine(root, "src", project)}\" -c Debug -o \"{feed}\"", root);
            AssertPackageContents(Path.Combine(feed, $"{project}.{Version}.nupkg"), project);
            Assert.True(File.Exists(Path.Combine(feed, $"{project}.{Version}.snupkg")), $"{project} has no symbol package");
            AssertSourceLink(Path.Combine(feed, $"{project}.{Version}.snupkg"), project, root);
        }

        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.Copy(Path.Combine(template, "Consumer.csproj.txt"), Path.Combine(consumer, "Consumer.csproj"));
        File.Copy(Path.Combine(template, "Program.cs.txt"), Path.Combine(consumer, "Program.cs"));
        // Only the local folder is added; every other source is inherited from the machine's configuration.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="propertyops-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        Report("restoring, building and running a consumer of both packages from a local feed…");
        var output = Run(
            "dotnet",
            $"run --project \"{consumer}\" -p:PropertyOpsVersion={Version} -p:RestorePackagesPath=\"{Path.Combine(_work, "packages")}\" -p:RestoreFallbackFolders=\"{GlobalPackages()}\"",
            consumer);

        Assert.Contains("revisit due 2026-10-09T10:00:00Z", output, StringComparison.Ordinal);
        Assert.Contains("covered 2024,2025,2026", output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_work, "packages", "propertyops.domain", Version)), "the consumer did not restore the packed package");
    }

    private static void Report(string step) => Console.WriteLine("Packaging check: " + step);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void AssertPackageContents(string nupkg, string id)
    {
        Assert.True(File.Exists(nupkg), $"{nupkg} was not produced");
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            var text0 = readme.ReadToEnd();
            Assert.StartsWith($"# {id}", text0, StringComparison.Ordinal);
            Assert.DoesNotContain("](docs/", text0, StringComparison.Ordinal); // no links relative to the repository
            Assert.DoesNotContain("](./", text0, StringComparison.Ordinal);
        }

        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/{id}.dll", entries);
            Assert.Contains($"lib/{tfm}/{id}.xml", entries);
        }

        using var nuspec = new StreamReader(zip.GetEntry($"{id}.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        foreach (var element in new[] { "<license type=\"expression\">MIT</license>", "<readme>README.md</readme>", "<icon>icon.png</icon>", "<description>", "<authors>", "<tags>", "<repository type=\"git\"", $"<version>{Version}</version>" })
        {
            Assert.Contains(element, text, StringComparison.Ordinal);
        }
    }

    // SourceLink maps the sources whenever the repository has a remote (the SDK's own SourceLink, no package needed);
    // the CI-style pack normalises paths to /_/ so the build is reproducible.
    private static void AssertSourceLink(string snupkg, string id, string root)
    {
        using var zip = ZipFile.OpenRead(snupkg);
        using var pdb = zip.GetEntry($"lib/net10.0/{id}.pdb")!.Open();
        using var memory = new MemoryStream();
        pdb.CopyTo(memory);
        var text = System.Text.Encoding.UTF8.GetString(memory.ToArray());
        var remote = TryRun("git", "remote get-url origin", root);
        if (remote is { } url && url.Contains("github.com", StringComparison.OrdinalIgnoreCase))
        {
            Report($"{id}: checking SourceLink against {url.Trim()}");
            Assert.Contains("\"/_/*\":\"https://raw.githubusercontent.com/", text, StringComparison.Ordinal);
        }
    }

    private static string? TryRun(string file, string arguments, string workingDirectory)
    {
        try
        {
            var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    // The machine's global packages folder, as a read-only fallback for the consumer's other dependencies (NodaTime and
    // the like), so only the two packed packages are extracted into the private folder — which the test checks.
    private static string GlobalPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PropertyOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PropertyOps.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Run(string file, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host's MSBuild settings must not leak into the child builds.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 5 minutes");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}:\n{output}");
        return output;
    }
}
