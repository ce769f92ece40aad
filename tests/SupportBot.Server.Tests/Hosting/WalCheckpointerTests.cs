using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Core.Storage;
using SupportBot.Server.Hosting;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Hosting;

public sealed class WalCheckpointerTests
{
    private const int Rows = 400;
    private const int RowBytes = 8 * 1024;
    private const string CreateFiller = "CREATE TABLE filler (body BLOB NOT NULL);";

    [Fact]
    public async Task Running_CopiesCommittedPagesIntoTheDatabaseFile()
    {
        var path = Path.Combine(TempFolder.Create("wal"), "bot.db");
        var database = new SqliteDatabase(path, backgroundCheckpoints: true);

        // A connection that closes checkpoints when it finds no other inside a transaction, and other tests clear the
        // shared connection pool (closing its idle connections) at any time: a reader holds the file meanwhile.
        await using var reader = await database.OpenAsync(CancellationToken.None);
        await ExecuteAsync(reader, "BEGIN DEFERRED; SELECT count(*) FROM sqlite_schema;");
        await WriteRowsAsync(database);

        // About 3 MB committed: over SQLite's own 1,000-page limit, under the backstop, so it all waits in the log.
        Assert.True(new FileInfo(path).Length < Rows * RowBytes / 4, $"database file {new FileInfo(path).Length} bytes before the checkpointer ran");
        await ExecuteAsync(reader, "COMMIT;");

        using var checkpointer = new WalCheckpointer(database, NullLogger<WalCheckpointer>.Instance);
        await checkpointer.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(path).Length < Rows * RowBytes && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await checkpointer.StopAsync(CancellationToken.None);
        Assert.True(new FileInfo(path).Length >= Rows * RowBytes, $"database file {new FileInfo(path).Length} bytes after the checkpointer ran");
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task SteadyWrites_TheLogStartsOverLongBeforeTheConnectionsBackstop()
    {
        var path = Path.Combine(TempFolder.Create("wal"), "bot.db");
        var database = new SqliteDatabase(path, backgroundCheckpoints: true);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await ExecuteAsync(connection, CreateFiller);
        using var checkpointer = new WalCheckpointer(database, NullLogger<WalCheckpointer>.Instance);
        await checkpointer.StartAsync(CancellationToken.None);

        // 16 pages a commit, about 14,000 frames a second, as the writers do under load: without the checkpointer's
        // catch-up the log only starts over at the backstop (10,000 frames), in a commit.
        var body = new byte[64 * 1024];
        var (longest, startedOver, previous) = (0, 0, 0);
        for (var commit = 0; commit < 1_500; commit++)
        {
            using (database.WriteLock.EnterScope())
            {
                InsertFiller(connection, body);
            }

            var frames = LogFrames(path);
            startedOver += frames < previous ? 1 : 0;
            (longest, previous) = (Math.Max(longest, frames), frames);
            Thread.Sleep(1);
        }

        await checkpointer.StopAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        Assert.True(startedOver > 0, "the log never started over");
        Assert.True(longest < 2 * WalCheckpointer.RestartAfterFrames, $"the log grew to {longest} frames");
    }

    // The last committed frame, from the WAL index's header (mxFrame, offset 16, native byte order).
    private static int LogFrames(string databasePath)
    {
        using var index = new FileStream(databasePath + "-shm", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[20];
        index.ReadExactly(header);
        return BitConverter.ToInt32(header[16..]);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WriteRowsAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await ExecuteAsync(connection, CreateFiller);
        var body = new byte[RowBytes];
        for (var i = 0; i < Rows; i++)
        {
            InsertFiller(connection, body);
        }
    }

    private static void InsertFiller(SqliteConnection connection, byte[] body)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO filler (body) VALUES ($body);";
        insert.Parameters.AddWithValue("$body", body);
        insert.ExecuteNonQuery();
    }
}
