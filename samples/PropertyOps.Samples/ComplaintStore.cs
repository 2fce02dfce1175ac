using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.Data.Sqlite;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Samples;

/// <summary>A corrupt or foreign database file: the store refuses it and never writes to it.</summary>
public sealed class ComplaintStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>How a store is opened.</summary>
public enum StoreAccess
{
    /// <summary>Read an existing store; nothing is written.</summary>
    Read = 1,

    /// <summary>Write to an existing store.</summary>
    Write = 2,

    /// <summary>Write, creating the store if the file does not exist.</summary>
    Create = 3,
}

/// <summary>
/// Complaint events kept in an embedded SQLite database (one row per event, stored as the library's strict JSON), so a
/// restart replays every complaint, and each complaint's next due instant in an indexed column, so the overdue list asks
/// the index instead of replaying everything. Appends are transactions: a write that fails midway leaves the store as it
/// was. An existing file that is not this store's database is refused, never overwritten; a store is created only when
/// asked to.
/// </summary>
public sealed class ComplaintStore : IDisposable
{
    /// <summary>The schema marker kept in the database.</summary>
    public const string Schema = "propertyops.complaint-events/2";

    private const string PreviousSchema = "propertyops.complaint-events/1";

    private readonly SqliteConnection _connection;
    private readonly string _path;

    private ComplaintStore(SqliteConnection connection, string path, bool created)
    {
        _connection = connection;
        _path = path;
        Created = created;
    }

    /// <summary>Whether this open created the store.</summary>
    public bool Created { get; }

    /// <summary>Opens a store.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="access">Read, write, or write and create if missing.</param>
    /// <returns>The store.</returns>
    /// <exception cref="SampleException">The folder or file does not exist (unless created), or it is read-only (I/O, exit code 3).</exception>
    /// <exception cref="ComplaintStoreException">The file exists but is corrupt or another application's database.</exception>
    public static ComplaintStore Open(string path, StoreAccess access)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw SampleException.Io($"the folder {folder} does not exist");
        }

        var exists = File.Exists(full) && new FileInfo(full).Length > 0;
        if (!exists && access != StoreAccess.Create)
        {
            throw SampleException.Io($"the store {path} does not exist (complaints add creates one)");
        }

        var mode = access == StoreAccess.Read ? SqliteOpenMode.ReadOnly : exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            if (exists)
            {
                using var check = connection.CreateCommand();
                check.CommandText = "SELECT value FROM propertyops_meta WHERE key = 'schema'";
                var schema = check.ExecuteScalar() as string;
                if (schema == PreviousSchema && access != StoreAccess.Read)
                {
                    Upgrade(connection);
                }
                else if (schema != Schema && schema != PreviousSchema)
                {
                    throw new ComplaintStoreException($"{path} is not a PropertyOps complaint store ({Schema}); it was left untouched.");
                }
            }
            else
            {
                using var create = connection.CreateCommand();
                create.CommandText = $"""
                    CREATE TABLE propertyops_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    INSERT INTO propertyops_meta VALUES ('schema', '{Schema}');
                    CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, complaint TEXT NOT NULL, json TEXT NOT NULL);
                    CREATE INDEX events_by_complaint ON events (complaint, seq);
                    CREATE TABLE complaints (id TEXT PRIMARY KEY, next_due INTEGER NULL);
                    CREATE INDEX complaints_by_next_due ON complaints (next_due) WHERE next_due IS NOT NULL;
                    """;
                create.ExecuteNonQuery();
            }

            return new ComplaintStore(connection, path, created: !exists);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            SqliteConnection.ClearAllPools();
            throw e.SqliteErrorCode switch
            {
                8 => (Exception)SampleException.Io($"the store {path} is read-only"),
                14 => SampleException.Io(exists ? $"the store {path} cannot be opened" : $"the store {path} cannot be created: the folder {folder} is read-only"),
                _ => new ComplaintStoreException($"{path} is not a usable complaint store (SQLite says: {e.Message.Split('\n')[0]}); it was left untouched.", e),
            };
        }
        catch
        {
            connection.Dispose();
            SqliteConnection.ClearAllPools();
            throw;
        }
    }

    /// <summary>Appends events of one complaint and its new next due instant in one transaction.</summary>
    /// <param name="complaint">The complaint id.</param>
    /// <param name="events">The events, in order.</param>
    /// <param name="nextDue">When the complaint next needs attention (see <see cref="ComplaintDue"/>); null when it needs none (closed).</param>
    /// <exception cref="SampleException">The store is read-only.</exception>
    public void Append(ComplaintId complaint, IEnumerable<ComplaintEvent> events, Instant? nextDue) => Append(complaint, events, nextDue, null);

    internal void Append(ComplaintId complaint, IEnumerable<ComplaintEvent> events, Instant? nextDue, Action<int>? afterEach)
    {
        try
        {
            using var transaction = _connection.BeginTransaction();
            var n = 0;
            foreach (var e in events)
            {
                using var insert = _connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO events (complaint, json) VALUES ($complaint, $json)";
                insert.Parameters.AddWithValue("$complaint", complaint.ToString());
                insert.Parameters.AddWithValue("$json", ComplaintEventJson.Serialize(e));
                insert.ExecuteNonQuery();
                afterEach?.Invoke(++n);
            }

            SetNextDue(transaction, complaint.ToString(), nextDue);
            transaction.Commit();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 8)
        {
            throw SampleException.Io($"the store {_path} is read-only");
        }
    }

    /// <summary>The events of one complaint, in the order stored.</summary>
    /// <param name="complaint">The complaint id.</param>
    /// <returns>The events (empty for an unknown complaint).</returns>
    /// <exception cref="ComplaintStoreException">A stored event is not valid JSON for the library.</exception>
    public ImmutableArray<ComplaintEvent> Load(string complaint)
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT complaint, json FROM events WHERE complaint = $complaint ORDER BY seq";
        query.Parameters.AddWithValue("$complaint", complaint);
        return Read(query).GetValueOrDefault(complaint, []);
    }

    /// <summary>Every complaint's events, replayed from the database in the order they were stored.</summary>
    /// <returns>The events by complaint id.</returns>
    /// <exception cref="ComplaintStoreException">A stored event is not valid JSON for the library.</exception>
    public ImmutableSortedDictionary<string, ImmutableArray<ComplaintEvent>> LoadAll()
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT complaint, json FROM events ORDER BY seq";
        return Read(query);
    }

    /// <summary>The complaints whose next due instant is at or before <paramref name="now"/>, earliest first: one indexed query, no replay.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The complaint ids and their next due instants.</returns>
    public ImmutableArray<(string Id, Instant NextDue)> Due(Instant now)
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT id, next_due FROM complaints WHERE next_due IS NOT NULL AND next_due <= $now ORDER BY next_due, id";
        query.Parameters.AddWithValue("$now", now.ToUnixTimeTicks());
        using var reader = query.ExecuteReader();
        var due = ImmutableArray.CreateBuilder<(string, Instant)>();
        while (reader.Read())
        {
            due.Add((reader.GetString(0), Instant.FromUnixTimeTicks(reader.GetInt64(1))));
        }

        return due.ToImmutable();
    }

    /// <summary>How many complaints the store holds.</summary>
    /// <returns>The count.</returns>
    public int Count()
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM complaints";
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    // A store of the first version has no due index: one pass builds it, in one transaction, the first time it is written to.
    private static void Upgrade(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"""
                CREATE TABLE complaints (id TEXT PRIMARY KEY, next_due INTEGER NULL);
                CREATE INDEX complaints_by_next_due ON complaints (next_due) WHERE next_due IS NOT NULL;
                UPDATE propertyops_meta SET value = '{Schema}' WHERE key = 'schema';
                """;
            create.ExecuteNonQuery();
        }

        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT complaint, json FROM events ORDER BY seq";
        var store = new ComplaintStore(connection, "(upgrade)", created: false);
        foreach (var (id, events) in store.Read(query))
        {
            store.SetNextDue(transaction, id, ComplaintDue.Next(events));
        }

        transaction.Commit();
    }

    private void SetNextDue(SqliteTransaction transaction, string complaint, Instant? nextDue)
    {
        using var upsert = _connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = "INSERT INTO complaints (id, next_due) VALUES ($id, $due) ON CONFLICT(id) DO UPDATE SET next_due = excluded.next_due";
        upsert.Parameters.AddWithValue("$id", complaint);
        upsert.Parameters.AddWithValue("$due", nextDue is { } due ? due.ToUnixTimeTicks() : DBNull.Value);
        upsert.ExecuteNonQuery();
    }

    private ImmutableSortedDictionary<string, ImmutableArray<ComplaintEvent>> Read(SqliteCommand query)
    {
        var all = new Dictionary<string, List<ComplaintEvent>>(StringComparer.Ordinal);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            try
            {
                var e = ComplaintEventJson.Deserialize(reader.GetString(1));
                (all.TryGetValue(reader.GetString(0), out var list) ? list : all[reader.GetString(0)] = []).Add(e);
            }
            catch (System.Text.Json.JsonException x)
            {
                throw new ComplaintStoreException($"A stored event of {reader.GetString(0)} is not valid: {x.Message}", x);
            }
        }

        return all.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }
}
