using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Hosting;
using PropertyOps.Cluster.Grains;
using PropertyOps.Cluster.Storage;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Presets;

namespace PropertyOps.Cluster;

/// <summary>What a silo needs to host the PropertyOps grains: Orleans' own providers, plus the one storage the sample writes.</summary>
public static class ClusterSetup
{
    /// <summary>The name of the log-consistency provider complaint grains use (Orleans' CustomStorage provider).</summary>
    public const string LogConsistency = "CustomStorage";

    /// <summary>
    /// Registers the grains' services on a silo: Orleans' CustomStorage log-consistency provider over the SQLite event log in
    /// <paramref name="databasePath"/>, in-memory reminders (an estate rebuilds its due index from the logs when it
    /// activates; pass <paramref name="inMemoryReminders"/> false and register Orleans' ADO.NET reminder service on a real
    /// cluster), the regulation's deadline rules on the China working calendar, and the clock.
    /// </summary>
    public static ISiloBuilder AddPropertyOps(this ISiloBuilder silo, string databasePath, IClock clock, EstateOptions? options = null, bool inMemoryReminders = true)
    {
        silo.AddCustomStorageBasedLogConsistencyProvider(LogConsistency);
        if (inMemoryReminders)
        {
            silo.UseInMemoryReminderService();
        }

        silo.Services.AddSingleton(new SqliteEventLog(databasePath));
        silo.Services.AddSingleton(new ClusterRules(SlaPresets.CustomerServiceRegulation, ChinaWorkingCalendar.Default));
        silo.Services.AddSingleton(clock);
        silo.Services.AddSingleton(options ?? new EstateOptions());
        return silo;
    }
}
