using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void WriterConnection_OutsideTheWriteLock_Throws()
    {
        using var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));

        Assert.Throws<InvalidOperationException>(() => database.WriterConnection());
    }

    [Fact]
    public async Task WriterConnection_OneForEveryWriterUntilDisposed_ThenANewOne()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        var first = OpenWriter(database);

        // Another thread taking the lock later gets the same connection, with its page cache.
        var again = await Task.Run(() => OpenWriter(database));
        database.Dispose();
        var reopened = OpenWriter(database);
        var reopenedState = reopened.State;
        database.Dispose();

        Assert.Same(first, again);
        Assert.Equal(System.Data.ConnectionState.Closed, first.State);
        Assert.NotSame(first, reopened);
        Assert.Equal(System.Data.ConnectionState.Open, reopenedState);
    }

    [Fact]
    public void WriterConnection_KeepsSavepointJournalsInMemory()
    {
        // Every turn commits inside a savepoint; its journal must not spill to a temporary file.
        using var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        using (database.WriteLock.EnterScope())
        {
            using var pragma = database.WriterConnection().CreateCommand();
            pragma.CommandText = "PRAGMA temp_store";

            Assert.Equal(2L, pragma.ExecuteScalar());
        }
    }

    [Fact]
    public void WriterStatement_PreparedOnceUnderTheLock_AndANewOneAfterDispose()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        const string Insert = "INSERT INTO numbers (n) VALUES (?)";
        RawStatement first, again;
        using (database.WriteLock.EnterScope())
        {
            using (var create = new RawStatement(database.WriterConnection(), "CREATE TABLE numbers (n INTEGER NOT NULL)"))
            {
                create.Execute();
            }

            first = database.WriterStatement(Insert);
            again = database.WriterStatement(Insert);
            first.Bind(1, 1).Execute();
            again.Bind(1, 2).Execute();
        }

        Assert.Throws<InvalidOperationException>(() => database.WriterStatement(Insert));
        database.Dispose();
        RawStatement reopened;
        using (database.WriteLock.EnterScope())
        {
            reopened = database.WriterStatement(Insert);
            reopened.Bind(1, 3).Execute();
        }

        database.Dispose();

        Assert.Same(first, again);
        Assert.NotSame(first, reopened);
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.Path};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT group_concat(n) FROM (SELECT n FROM numbers ORDER BY n)";
        Assert.Equal("1,2,3", count.ExecuteScalar());
    }

    private static Microsoft.Data.Sqlite.SqliteConnection OpenWriter(SqliteDatabase database)
    {
        using (database.WriteLock.EnterScope())
        {
            return database.WriterConnection();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
