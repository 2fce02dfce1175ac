using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Benchmarks;

/// <summary>
/// One minute of a property group with 1,000,000 open complaints: about 1,000 come due and 10,000 events arrive. The due
/// index answers the minute's query and takes the minute's updates (each with its <see cref="SlaEngine.NextDue"/>); the
/// peer is the database way — SQLite (a file in a temp folder, WAL) with an indexed <c>next_due</c> column, the same query
/// and the same updates in one transaction. Also: rebuilding the index from every history at start-up, on two cores.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DueIndexBenchmarks
{
    private const int Complaints = 1_000_000;
    private const int Updates = 10_000;
    private readonly SlaPolicy _policy = SlaPresets.CustomerServiceRegulation;
    private readonly WorkingCalendar _calendar = ChinaWorkingCalendar.Default;
    private IReadOnlyList<ComplaintEvent>[] _histories = null!;
    private IReadOnlyList<ComplaintEvent>[] _updated = null!;
    private ComplaintId[] _updatedIds = null!;
    private DueIndex _index = null!;
    private Instant _now;
    private Instant _minute;
    private string _folder = null!;
    private SqliteConnection _db = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sla = new SlaBenchmarks();
        sla.Setup(Complaints);
        _histories = sla.Open;
        _now = sla.Now;
        _index = DueIndex.Rebuild(_histories, _policy, _calendar, _now, Environment.ProcessorCount);

        // The minute ending at the 1,000th next instant: about 1,000 complaints come due in it.
        _minute = _index.Due(Instant.MaxValue, 1_000)[^1].Due;

        // 10,000 complaints each get an event this minute (the complainant called back).
        var random = new Random(10);
        var chosen = Enumerable.Range(0, Complaints).OrderBy(_ => random.Next()).Take(Updates).ToArray();
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        // Arrays, as a store hands histories over: the engine reads them as spans without copying.
        _updated = [.. chosen.Select(i => (IReadOnlyList<ComplaintEvent>)_histories[i].Append(new ComplainantCalledBack(Later(_histories[i][^1].At, _now), desk)).ToArray())];
        _updatedIds = [.. chosen.Select(i => ((ComplaintReceived)_histories[i][0]).ComplaintId)];

        _folder = Path.Combine(Path.GetTempPath(), "propertyops-due-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _db = new SqliteConnection($"Data Source={Path.Combine(_folder, "due.db")};Pooling=False");
        _db.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE complaints (id TEXT PRIMARY KEY, next_due INTEGER NULL); CREATE INDEX complaints_by_next_due ON complaints (next_due) WHERE next_due IS NOT NULL;");
        using (var transaction = _db.BeginTransaction())
        using (var insert = _db.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO complaints (id, next_due) VALUES ($id, $due)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var due = insert.Parameters.Add("$due", SqliteType.Integer);
            foreach (var entry in _index.ToArray())
            {
                id.Value = entry.Id.Value;
                due.Value = entry.Due.ToUnixTimeTicks();
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "DueIndex: the minute's ~1,000 due")]
    [BenchmarkCategory("Query")]
    public int Index_due_in_the_minute() => _index.Due(_minute).Length;

    [Benchmark(Baseline = true, Description = "SQLite indexed next_due: the minute's ~1,000 due")]
    [BenchmarkCategory("Query")]
    public int Sqlite_due_in_the_minute()
    {
        using var query = _db.CreateCommand();
        query.CommandText = "SELECT id, next_due FROM complaints WHERE next_due IS NOT NULL AND next_due <= $now ORDER BY next_due, id";
        query.Parameters.AddWithValue("$now", _minute.ToUnixTimeTicks());
        using var reader = query.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            _ = reader.GetString(0);
            _ = reader.GetInt64(1);
            n++;
        }

        return n;
    }

    [Benchmark(Description = "DueIndex: 10,000 updates with their NextDue")]
    [BenchmarkCategory("Update")]
    public int Index_apply_the_minutes_updates()
    {
        var applied = 0;
        for (var k = 0; k < _updated.Length; k++)
        {
            applied += _index.Update(_updatedIds[k], _updated[k], _updated[k][^1].At) is null ? 0 : 1;
        }

        return applied;
    }

    [Benchmark(Baseline = true, Description = "SQLite: the same 10,000 updates with their NextDue, one transaction")]
    [BenchmarkCategory("Update")]
    public int Sqlite_apply_the_minutes_updates()
    {
        using var transaction = _db.BeginTransaction();
        using var update = _db.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE complaints SET next_due = $due WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Text);
        var due = update.Parameters.Add("$due", SqliteType.Integer);
        var applied = 0;
        for (var k = 0; k < _updated.Length; k++)
        {
            var next = SlaEngine.NextDue(_updated[k], _policy, _calendar, _updated[k][^1].At);
            id.Value = _updatedIds[k].Value;
            due.Value = next is { } n ? n.ToUnixTimeTicks() : DBNull.Value;
            applied += update.ExecuteNonQuery();
        }

        transaction.Commit();
        return applied;
    }

    [Benchmark(Description = "DueIndex.Rebuild from 1,000,000 histories, 2 cores")]
    [BenchmarkCategory("Rebuild")]
    public int Rebuild_two_cores() => DueIndex.Rebuild(_histories, _policy, _calendar, _now, 2).Count;

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
