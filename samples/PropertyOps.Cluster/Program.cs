using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Orleans;
using Orleans.Hosting;
using PropertyOps.Cluster.Grains;
using Spectre.Console;

namespace PropertyOps.Cluster;

/// <summary>
/// The cluster demo: one silo on localhost with an embedded SQLite event log (nothing to install), 50 estates and 10,000
/// complaints driven through a simulated working day, escalations printed as the estate grains fire them, then the group's
/// overdue list and month report. <c>--measure</c> plays one workload on one silo and then on two, and prints the figures.
/// Exit codes: 0 done, 1 failure (the event log could not be used), 2 usage error.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: PropertyOps.Cluster [--quick | --measure | --help]   (--quick: 5 estates, 200 complaints; --measure: 1 silo, then 2)";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 1 && args[0] is "--help" or "-h")
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        if (args.Length > 1 || (args.Length == 1 && args[0] is not ("--quick" or "--measure")))
        {
            var bad = args.Length > 1 && args[0] is "--quick" or "--measure" ? args[1] : args[0];
            Console.Error.WriteLine($"unknown argument '{(bad.Length > 20 ? bad[..20] + "…" : bad)}'. {Usage}");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"propertyops-cluster-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            return args.Length == 1 && args[0] == "--measure"
                ? await MeasureAsync(folder)
                : await DemoAsync(Path.Combine(folder, "events.db"), args.Length == 1 ? 5 : 50, args.Length == 1 ? 40 : 200);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"the event log could not be used: {e.Message}");
            return 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<int> DemoAsync(string database, int estates, int perEstate)
    {
        var clock = new FakeClock(Demo.Start);
        using var host = await StartSiloAsync(database, clock, 0);
        var client = host.Services.GetRequiredService<IClusterClient>();
        var demo = new Demo(client, clock, estates, perEstate);
        var printer = new AlertPrinter(print: 12, Conditional(host));
        var alerts = client.CreateObjectReference<IAlertObserver>(printer);
        await Task.WhenAll(demo.Estates.Select(e => client.GetGrain<IEstateGrain>(e).Subscribe(alerts)));
        Console.Out.WriteLine($"One silo on localhost; event log {database}; {estates} estates, {estates * perEstate:N0} complaints from {Demo.Start} (simulated clock).");

        var end = Demo.Start + Duration.FromHours(14);
        var started = Stopwatch.StartNew();
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("simulated day", maxValue: (end - Demo.Start).TotalMinutes);
                await demo.PlayAsync(Demo.Start, end, (at, _) => task.Value = (at - Demo.Start).TotalMinutes);
            });
        }
        else
        {
            await demo.PlayAsync(Demo.Start, end, (at, _) =>
            {
                if ((at - Demo.Start).TotalMinutes % 120 == 0)
                {
                    Console.Out.WriteLine($"  {at}: {printer.Count:N0} escalations so far");
                }
            });
        }

        var commands = demo.Script().Count;
        Console.Out.WriteLine($"{commands:N0} commands and {demo.TickRounds * estates:N0} estate ticks in {started.Elapsed.TotalSeconds:F1} s; {printer.Count:N0} escalations raised; a breach was raised a mean {printer.MeanLag.TotalSeconds:F0} s after its due instant (99 % within {printer.Lag99.TotalSeconds:F0} s, simulated; conditional duties, breached only once their condition holds, left out).");
        var overdue = await demo.GroupOverdueAsync(end);
        var table = new Table().AddColumn("rule").AddColumn(new TableColumn("overdue").RightAligned()).AddColumn(new TableColumn("escalations raised").RightAligned());
        foreach (var group in overdue.GroupBy(a => a.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(group.Key, N(group.Count()), N(printer.ByRule.TryGetValue(group.Key, out var n) ? n : 0));
        }

        Console.Out.WriteLine($"The group's overdue list at {end}: {overdue.Length:N0} deadlines.");
        AnsiConsole.Write(table);
        var report = await demo.GroupReportAsync(2026, 10, end);
        Console.Out.WriteLine($"October 2026 across {report.Estates} estates: {report.Total:N0} complaints, {report.ValidComplaints:N0} valid.");
        await host.StopAsync();
        return 0;
    }

    // One workload (20 estates, 5,000 complaints, 10 simulated hours) on one silo, then on two silos of one localhost cluster.
    private static async Task<int> MeasureAsync(string folder)
    {
        Console.Out.WriteLine("| silos | complaints | commands | estate ticks | wall time | commands/s | tick round (all estates) | alerts raised | due → breach alert (simulated; unconditional duties): mean / p99 / max | managed heap per complaint (grain, log state, estate's share) |");
        Console.Out.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var silos in new[] { 1, 2 })
        {
            var clock = new FakeClock(Demo.Start);
            var database = Path.Combine(folder, $"events-{silos}.db");
            using var first = await StartSiloAsync(database, clock, silos == 1 ? 0 : 1);
            using var second = silos == 2 ? await StartSiloAsync(database, clock, 2) : null;
            var client = first.Services.GetRequiredService<IClusterClient>();
            var demo = new Demo(client, clock, estates: 20, complaintsPerEstate: 250);
            var printer = new AlertPrinter(print: 0, Conditional(first));
            var reference = client.CreateObjectReference<IAlertObserver>(printer);
            await Task.WhenAll(demo.Estates.Select(e => client.GetGrain<IEstateGrain>(e).Subscribe(reference)));
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            var sent = await demo.PlayAsync(Demo.Start, Demo.Start + Duration.FromHours(10));
            var elapsed = watch.Elapsed;
            await Task.Delay(500); // let the last one-way alerts arrive
            var perComplaint = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 5_000.0; // every grain still active
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {silos} | 5,000 | {sent:N0} | {demo.TickRounds * 20:N0} | {elapsed.TotalSeconds:F1} s | {sent / elapsed.TotalSeconds:N0} | {demo.TickTime.TotalMilliseconds / demo.TickRounds:F2} ms | {printer.Count:N0} | {printer.MeanLag.TotalSeconds:F0} s / {printer.Lag99.TotalSeconds:F0} s / {printer.MaxLag.TotalSeconds:F0} s | {perComplaint / 1024:F1} KB |"));
            if (second is not null)
            {
                await second.StopAsync();
            }

            await first.StopAsync();
        }

        return 0;
    }

    // A silo on localhost: alone (0), or the first (1) or second (2) of a two-silo cluster in this process.
    private static async Task<IHost> StartSiloAsync(string database, IClock clock, int which)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error); // the demo's output is its own; Orleans' notes stay out of it
        builder.UseOrleans(silo =>
        {
            _ = which == 2
                ? silo.UseLocalhostClustering(siloPort: 11112, gatewayPort: 30001, primarySiloEndpoint: new IPEndPoint(IPAddress.Loopback, 11111))
                : silo.UseLocalhostClustering();
            silo.AddPropertyOps(database, clock);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    // The rules whose breach waits on a condition (C5, C7, C8): left out of the due → alert measure.
    private static HashSet<string> Conditional(IHost host) =>
        [.. host.Services.GetRequiredService<ClusterRules>().Policy.Rules.Where(r => r.Condition != PropertyOps.Rules.Sla.DutyCondition.None).Select(r => r.Id.Value)];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
