using System;
using System.IO;
using System.Threading.Tasks;
using NodaTime.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace PropertyOps.Cluster.Tests;

/// <summary>Two silos in this process sharing one SQLite event log in a temporary folder and one simulated clock.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    // The silo configurator is created by the test host from its type: it finds the log and the clock here.
    internal static string Database { get; } = Path.Combine(Path.GetTempPath(), $"propertyops-cluster-tests-{Guid.NewGuid():N}", "events.db");

    internal static FakeClock Clock { get; } = new(Demo.Start);

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Silo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Database)!, recursive: true);
    }

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddPropertyOps(Database, Clock);
    }
}
