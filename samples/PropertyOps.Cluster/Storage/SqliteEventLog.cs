using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Cluster.Storage;

/// <summary>
/// The complaints' event logs in one embedded SQLite file (WAL): one row per event, keyed by complaint and version, with the
/// estate it belongs to so an estate can rebuild its due index when it activates. Appends are optimistic: a batch is
/// written only if the log is still at the version the grain last read, so two activations can never both write.
/// </summary>
/// <remarks>This is the only storage the sample writes itself; clustering, reminders and everything else use Orleans'
/// own providers (in memory here, ADO.NET on a real cluster; see the README).</remarks>
public sealed class SqliteEventLog
{
    // SQLite has one writer per file: appends queue here (one gate per file, shared by every silo of this process) instead
    // of meeting SQLITE_BUSY and backing off.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Threading.SemaphoreSlim> Writers = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private readonly System.Threading.SemaphoreSlim _writer;

    /// <summary>Opens (creating if needed) the log in <paramref name="path"/>.</summary>
    /// <param name="path">The database file.</param>
    public SqliteEventLog(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        _writer = Writers.GetOrAdd(System.IO.Path.GetFullPath(path), _ => new System.Threading.SemaphoreSlim(1, 1));
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS events (
                stream  TEXT    NOT NULL,
                version INTEGER NOT NULL,
                estate  TEXT    NOT NULL,
                json    TEXT    NOT NULL,
                PRIMARY KEY (stream, version)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS events_by_estate ON events (estate, stream, version);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>A complaint's events as stored (the library's JSON), oldest first, and its estate (null when it has none yet).</summary>
    public async Task<(string? Estate, List<string> Events)> ReadAsync(string stream)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT estate, json FROM events WHERE stream = $stream ORDER BY version";
        command.Parameters.AddWithValue("$stream", stream);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        string? estate = null;
        var events = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            estate = reader.GetString(0);
            events.Add(reader.GetString(1));
        }

        return (estate, events);
    }

    /// <summary>Every complaint of an estate, each with its events oldest first.</summary>
    public async Task<List<List<ComplaintEvent>>> ReadEstateAsync(string estate)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream, json FROM events WHERE estate = $estate ORDER BY stream, version";
        command.Parameters.AddWithValue("$estate", estate);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var all = new List<List<ComplaintEvent>>();
        string? current = null;
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var stream = reader.GetString(0);
            if (!string.Equals(stream, current, StringComparison.Ordinal))
            {
                all.Add([]);
                current = stream;
            }

            all[^1].Add(ComplaintEventJson.Deserialize(reader.GetString(1)));
        }

        return all;
    }

    /// <summary>Appends events if the log is still at <paramref name="expectedVersion"/> events; false (nothing written) if not.</summary>
    public async Task<bool> AppendAsync(string stream, string estate, int expectedVersion, IReadOnlyList<string> json)
    {
        await _writer.WaitAsync().ConfigureAwait(false);
        try
        {
            return await AppendLockedAsync(stream, estate, expectedVersion, json).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<bool> AppendLockedAsync(string stream, string estate, int expectedVersion, IReadOnlyList<string> json)
    {
        await using var connection = Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM events WHERE stream = $stream";
            check.Parameters.AddWithValue("$stream", stream);
            var count = Convert.ToInt32(await check.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (count != expectedVersion)
            {
                return false;
            }
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (stream, version, estate, json) VALUES ($stream, $version, $estate, $json)";
            var pStream = insert.Parameters.AddWithValue("$stream", stream);
            var pVersion = insert.Parameters.Add("$version", SqliteType.Integer);
            insert.Parameters.AddWithValue("$estate", estate);
            var pJson = insert.Parameters.Add("$json", SqliteType.Text);
            for (var i = 0; i < json.Count; i++)
            {
                pVersion.Value = expectedVersion + i;
                pJson.Value = json[i];
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>The estates with at least one complaint.</summary>
    public async Task<List<string>> EstatesAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT estate FROM events ORDER BY estate";
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var estates = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            estates.Add(reader.GetString(0));
        }

        return estates;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL"; // per connection: in WAL mode a commit survives a crash of the process
        pragma.ExecuteNonQuery();
        return connection;
    }
}
