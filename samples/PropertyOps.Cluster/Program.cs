using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Orleans;
using Orleans.Hosting;
using PropertyOps.Cluster.Contracts;
using Spectre.Console;

namespace PropertyOps.Cluster;

/// <summary>
/// The cluster demo: one silo on localhost with an embedded SQLite event log (nothing to install), 50 estates and 10,000
/// complaints driven through a simulated working day, escalations printed as the estate grains fire them, then the group's
/// overdue list and month report. Exit codes: 0 done, 2 usage error, 1 failure.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: PropertyOps.Cluster [--quick] [--help]   (--quick: 5 estates, 200 complaints)";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] is "--help" or "-h")
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        if (args.Length > 1 || (args.Length == 1 && args[0] != "--quick"))
        {
            Console.Error.WriteLine($"unknown argument '{(args[0].Length > 20 ? args[0][..20] + "…" : args[0])}'. {Usage}");
            return 2;
        }

        var quick = args.Length == 1;
        var folder = Path.Combine(Path.GetTempPath(), $"propertyops-cluster-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            return await RunAsync(Path.Combine(folder, "events.db"), quick ? 5 : 50, quick ? 40 : 200);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"the event log could not be used: {e.Message}");
            return 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string database, int estates, int perEstate)
    {
        var clock = new FakeClock(Demo.Start);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddPropertyOps(database, clock));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();
        var demo = new Demo(grains, clock, estates, perEstate);
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        Console.Out.WriteLine($"One silo on localhost; event log {database}; {estates} estates, {estates * perEstate:N0} complaints from {Demo.Start} (simulated clock).");

        var end = Demo.Start + Duration.FromHours(14);
        var printed = 0;
        var raised = new Dictionary<string, int>(StringComparer.Ordinal);
        void OnMinute(Instant at, DeadlineAlert[] alerts)
        {
            foreach (var alert in alerts)
            {
                raised[alert.Rule] = raised.GetValueOrDefault(alert.Rule) + 1;
                if (printed++ < 12)
                {
                    Console.Out.WriteLine($"  escalation: {alert}");
                }
            }
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        if (interactive)
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("simulated day", maxValue: (end - Demo.Start).TotalMinutes);
                await demo.PlayAsync(Demo.Start, end, (at, alerts) =>
                {
                    OnMinute(at, alerts);
                    task.Value = (at - Demo.Start).TotalMinutes;
                });
            });
        }
        else
        {
            await demo.PlayAsync(Demo.Start, end, (at, alerts) =>
            {
                OnMinute(at, alerts);
                if ((at - Demo.Start).TotalMinutes % 120 == 0)
                {
                    Console.Out.WriteLine($"  {at}: {raised.Values.Sum():N0} escalations so far");
                }
            });
        }

        var commands = demo.Script().Count;
        Console.Out.WriteLine($"{commands:N0} commands and {(end - Demo.Start).TotalMinutes * estates:N0} estate ticks in {started.Elapsed.TotalSeconds:F1} s ({commands / started.Elapsed.TotalSeconds:N0} commands/s); {raised.Values.Sum():N0} escalations raised.");
        var overdue = await demo.GroupOverdueAsync(end);
        var table = new Table().AddColumn("rule").AddColumn(new TableColumn("overdue").RightAligned());
        foreach (var group in overdue.GroupBy(a => a.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(group.Key, group.Count().ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        Console.Out.WriteLine($"The group's overdue list at {end}: {overdue.Length:N0} deadlines.");
        AnsiConsole.Write(table);
        var report = await demo.GroupReportAsync(2026, 10, end);
        Console.Out.WriteLine($"October 2026 report across {report.Estates} estates: {report.Total:N0} complaints, {report.ValidComplaints:N0} valid.");
        await host.StopAsync();
        return 0;
    }
}
