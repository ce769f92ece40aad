using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Storage;

/// <summary>
/// The bot's one SQLite file (conversation state, transcripts, tickets, the review inbox): opens connections with WAL,
/// a busy timeout and foreign keys on, and applies each area's schema once. Thread-safe; open a connection per unit of
/// work (Microsoft.Data.Sqlite pools them); batch writers share one (<see cref="WriterConnection"/>).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>The file's name inside the data folder, shared by the server and the CLI.</summary>
    public const string DefaultFileName = "supportbot.db";

    // About 40 MB of log: far beyond what the background loop lets build up, so only reached when it stalls.
    private const int BackstopCheckpointPages = 10_000;

    // The writer's page cache holds the pages every turn touches (each conversation's index and state pages): 16 MB.
    // Each turn commits inside a savepoint, whose journal (a copy of every page the turn changes) would otherwise
    // spill to a temporary file past 64 KB: as many page writes again as the log itself. In memory it is a copy.
    private const string WriterPragmas = " PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY;";

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly Lock _schemaLock = new();
    private readonly HashSet<string> _appliedSchemas = [];
    private readonly Dictionary<string, RawStatement> _writerStatements = new(StringComparer.Ordinal);
    private SqliteConnection? _writer;

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

    /// <summary>
    /// Writes that join the conversation store's group commits (one commit for a turn's state and its channel's
    /// records); set by the store that rides while it runs, null otherwise.
    /// </summary>
    public ICommitRider? CommitRider { get; set; }

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
    /// The connection this process's batch writers share, opened on first use; only while holding
    /// <see cref="WriteLock"/>. One connection keeps its page cache from batch to batch, where writers on connections of
    /// their own each found the file changed by the other and read its pages again.
    /// </summary>
    public SqliteConnection WriterConnection()
    {
        if (!WriteLock.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("The writer connection is used only while holding the write lock.");
        }

        if (_writer is null)
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                connection.Open();
                Execute(connection, _connectionPragmas + WriterPragmas);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            _writer = connection;
        }

        return _writer;
    }

    /// <summary>
    /// <paramref name="sql"/> prepared on the writer connection the first time it is asked for, and the same statement
    /// after that; only while holding <see cref="WriteLock"/>. Closed with the connection.
    /// </summary>
    public RawStatement WriterStatement(string sql)
    {
        var connection = WriterConnection();
        if (!_writerStatements.TryGetValue(sql, out var statement))
        {
            statement = new RawStatement(connection, sql);
            _writerStatements.Add(sql, statement);
        }

        return statement;
    }

    /// <summary>Closes the writer connection and its statements.</summary>
    public void Dispose()
    {
        using (WriteLock.EnterScope())
        {
            foreach (var statement in _writerStatements.Values)
            {
                statement.Dispose();
            }

            _writerStatements.Clear();
            _writer?.Dispose();
            _writer = null;
        }
    }

    /// <summary>
    /// Copies what the WAL holds into the database file without waiting for readers or blocking writers (a PASSIVE
    /// checkpoint), so that no committing turn pays for the copy and its fsyncs; returns how far the copy got.
    /// </summary>
    public static WalProgress Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new WalProgress(reader.GetInt32(1), reader.GetInt32(2));
    }

    /// <summary>
    /// Runs <paramref name="ddl"/> (CREATE TABLE IF NOT EXISTS …) once per <paramref name="name"/> in this process,
    /// then <paramref name="upgrade"/>, which brings a file made by an earlier version up to date with the command it is
    /// given (in the same transaction); each store calls it before its first use.
    /// </summary>
    public void EnsureSchema(string name, string ddl, Action<SqliteCommand>? upgrade = null)
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
                upgrade?.Invoke(command);
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
