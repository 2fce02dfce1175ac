using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Samples;

/// <summary>A corrupt or foreign database file: the store refuses it and never writes to it.</summary>
public sealed class ComplaintStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Complaint events kept in an embedded SQLite database (one row per event, stored as the library's strict JSON), so a
/// restart replays every complaint. Appends are transactions: a write that fails midway leaves the stored events as they
/// were. An existing file that is not this store's database is refused, never overwritten.
/// </summary>
public sealed class ComplaintStore : IDisposable
{
    /// <summary>The schema marker kept in the database.</summary>
    public const string Schema = "propertyops.complaint-events/1";

    private readonly SqliteConnection _connection;

    private ComplaintStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (or creates) the store.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ComplaintStoreException">The file exists but is corrupt or another application's database.</exception>
    public static ComplaintStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            if (exists)
            {
                using var check = connection.CreateCommand();
                check.CommandText = "SELECT value FROM propertyops_meta WHERE key = 'schema'";
                if (check.ExecuteScalar() as string != Schema)
                {
                    throw new ComplaintStoreException($"{path} is not a PropertyOps complaint store ({Schema}); it was left untouched.");
                }
            }
            else
            {
                using var create = connection.CreateCommand();
                create.CommandText = """
                    CREATE TABLE propertyops_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    INSERT INTO propertyops_meta VALUES ('schema', 'propertyops.complaint-events/1');
                    CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, complaint TEXT NOT NULL, json TEXT NOT NULL);
                    CREATE INDEX events_by_complaint ON events (complaint, seq);
                    """;
                create.ExecuteNonQuery();
            }

            return new ComplaintStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            SqliteConnection.ClearAllPools();
            throw new ComplaintStoreException($"{path} is not a usable SQLite database ({e.SqliteErrorCode}); it was left untouched.", e);
        }
        catch
        {
            connection.Dispose();
            SqliteConnection.ClearAllPools();
            throw;
        }
    }

    /// <summary>Appends events of one complaint in one transaction.</summary>
    /// <param name="complaint">The complaint id.</param>
    /// <param name="events">The events, in order.</param>
    public void Append(ComplaintId complaint, IEnumerable<ComplaintEvent> events) => Append(complaint, events, null);

    internal void Append(ComplaintId complaint, IEnumerable<ComplaintEvent> events, Action<int>? afterEach)
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

        transaction.Commit();
    }

    /// <summary>Every complaint's events, replayed from the database in the order they were stored.</summary>
    /// <returns>The events by complaint id.</returns>
    /// <exception cref="ComplaintStoreException">A stored event is not valid JSON for the library.</exception>
    public ImmutableSortedDictionary<string, ImmutableArray<ComplaintEvent>> LoadAll()
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT complaint, json FROM events ORDER BY seq";
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

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
