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
