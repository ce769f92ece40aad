using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Storage;

/// <summary>
/// The bot's one SQLite file (conversation state, transcripts, tickets, the review inbox): opens connections with WAL,
/// a busy timeout and foreign keys on, and applies each area's schema once. Thread-safe; open a connection per unit of
/// work (Microsoft.Data.Sqlite pools them).
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>The file's name inside the data folder, shared by the server and the CLI.</summary>
    public const string DefaultFileName = "supportbot.db";

    // About 40 MB of log: far beyond what the background loop lets build up, so only reached when it stalls.
    private const int BackstopCheckpointPages = 10_000;

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly Lock _schemaLock = new();
    private readonly HashSet<string> _appliedSchemas = [];

    /// <summary>
    /// A database in the file at <paramref name="path"/>, created with its folder when missing. With
    /// <paramref name="backgroundCheckpoints"/> the connections leave WAL checkpoints to <see cref="Checkpoint"/>
    /// (called by a background loop) and checkpoint themselves only as a backstop when the log grows large.
    /// </summary>
    public SqliteDatabase(string path, bool backgroundCheckpoints = false)
    {
        _connectionPragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
            + (backgroundCheckpoints ? " PRAGMA wal_autocheckpoint=" + BackstopCheckpointPages + ";" : "");
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Held by this process's batch writers around each write transaction. SQLite lets one writer in at a time, and a
    /// writer that finds the file locked sleeps in its busy handler (1, 2, 5, 10… ms) before it looks again; a lock
    /// in the process hands the file over the moment the other writer commits.
    /// </summary>
    public Lock WriteLock { get; } = new();

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens a connection (busy timeout 5 s, foreign keys on, synchronous=NORMAL as WAL allows).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(connection, _connectionPragmas);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Copies what the WAL holds into the database file without waiting for readers or blocking writers (a PASSIVE
    /// checkpoint), so that no committing turn pays for the copy and its fsyncs.
    /// </summary>
    public static void Checkpoint(SqliteConnection connection) => Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");

    /// <summary>
    /// Runs <paramref name="ddl"/> (CREATE TABLE IF NOT EXISTS …) once per <paramref name="name"/> in this process;
    /// each store calls it before its first use.
    /// </summary>
    public void EnsureSchema(string name, string ddl)
    {
        lock (_schemaLock)
        {
            if (_appliedSchemas.Contains(name))
            {
                return;
            }

            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = ddl;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            _appliedSchemas.Add(name);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
