using Microsoft.Data.Sqlite;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Store.Embedded.Curation;

/// <summary>
/// The embedded store's durable record of curated changes: one row per applied change, written in WAL mode with
/// <c>synchronous=FULL</c> and committed before the API answers, then replayed over graph-seed at start-up.
/// </summary>
public sealed class SqliteChangeJournal : IDisposable
{
    readonly SqliteConnection connection;

    public SqliteChangeJournal(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS changes (
              sequence        INTEGER PRIMARY KEY,
              at              TEXT NOT NULL,
              actor           TEXT NOT NULL,
              command         TEXT NOT NULL,
              idempotency_key TEXT UNIQUE
            );
            """);
    }

    /// <summary>One journal row: enough to re-apply the change exactly as it was applied.</summary>
    public sealed record Entry(long Sequence, DateTimeOffset At, string Actor, CurationCommand Command);

    /// <summary>Writes the change and commits; returns only once it is on disk.</summary>
    public void Append(PreparedChange prepared)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO changes (sequence, at, actor, command, idempotency_key) VALUES ($sequence, $at, $actor, $command, $key)";
        insert.Parameters.AddWithValue("$sequence", prepared.Change.Sequence);
        insert.Parameters.AddWithValue("$at", prepared.Change.At.ToString("O"));
        insert.Parameters.AddWithValue("$actor", prepared.Change.Actor);
        insert.Parameters.AddWithValue("$command", prepared.CommandJson);
        insert.Parameters.AddWithValue("$key", prepared.Command.IdempotencyKey is { } key ? ScopedKey(prepared.Change.Actor, key) : DBNull.Value);
        insert.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>
    /// The key as the column holds it: scoped to the curator, so two curators' equal keys are two rows. (The column is
    /// UNIQUE; rows written before keys were scoped hold the bare key, which no scoped key can equal. Replay reads the
    /// key and the curator from the row's command and actor, not from this column.)
    /// </summary>
    static string ScopedKey(string actor, string key) => $"{actor}\u001f{key}";

    public IReadOnlyList<Entry> ReadAll()
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT sequence, at, actor, command FROM changes ORDER BY sequence";
        using var reader = select.ExecuteReader();
        var entries = new List<Entry>();
        while (reader.Read())
        {
            entries.Add(new Entry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2), GraphJson.Read<CurationCommand>(reader.GetString(3))));
        }
        return entries;
    }

    void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
