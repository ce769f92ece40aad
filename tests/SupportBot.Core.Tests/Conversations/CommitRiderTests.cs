using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>Another store's queued writes riding along in the conversation store's group commit.</summary>
public sealed class CommitRiderTests : IDisposable
{
    // The rider's rows point at a parent checked only at COMMIT, so a test can make the shared commit itself fail.
    private const string RiderSchema = """
        CREATE TABLE IF NOT EXISTS rider_parent (id INTEGER PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS rider_rows (parent_id INTEGER NOT NULL REFERENCES rider_parent (id) DEFERRABLE INITIALLY DEFERRED);
        INSERT OR IGNORE INTO rider_parent (id) VALUES (1);
        """;

    private static readonly StateKey Key = new() { Scope = StateScope.Conversation, ChannelId = "test", OwnerId = "a", Name = "counter" };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;
    private readonly SqliteConversationStore _store;

    public CommitRiderTests()
    {
        _database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        _database.EnsureSchema("rider", RiderSchema);
        _store = new SqliteConversationStore(_database);
    }

    [Fact]
    public async Task CommitTurn_RiderWritesInsideTheTurnsTransaction_AndBothAreStoredByItsCommit()
    {
        var rider = new RowRider(_database, parentId: 1);
        _database.CommitRider = rider;

        await _store.CommitTurnAsync([Write("1")], [], CancellationToken.None);

        Assert.Equal(1, rider.Calls);
        Assert.True(rider.LockWasHeld);
        // Before the commit: another connection did not see the turn's state yet.
        Assert.Equal(0L, rider.StateRowsSeenElsewhere);
        Assert.Equal([true], rider.Finished);
        Assert.Equal(1L, await CountAsync("rider_rows"));
        Assert.Equal(1L, await CountAsync("bot_state"));
    }

    [Fact]
    public async Task CommitTurn_SharedCommitFails_RiderHearsItFailedAndNeitherIsStored()
    {
        var rider = new RowRider(_database, parentId: 2);
        _database.CommitRider = rider;

        await Assert.ThrowsAsync<SqliteException>(() => _store.CommitTurnAsync([Write("1")], [], CancellationToken.None));

        Assert.Equal([false], rider.Finished);
        Assert.Equal(0L, await CountAsync("rider_rows"));
        Assert.Equal(0L, await CountAsync("bot_state"));
    }

    [Fact]
    public async Task CommitTurn_RiderWithNothingQueued_TurnCommitsAlone()
    {
        var rider = new RowRider(_database, parentId: null);
        _database.CommitRider = rider;

        await _store.CommitTurnAsync([Write("1")], [], CancellationToken.None);

        Assert.Equal(1, rider.Calls);
        Assert.Empty(rider.Finished);
        Assert.Equal(1L, await CountAsync("bot_state"));
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static StateWrite Write(string json) => new() { Key = Key, Utf8Json = StateJson.Utf8(json), ExpectedVersion = 0 };

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Writes one row pointing at <c>parentId</c> (none when null) and records how it was called and finished.</summary>
    private sealed class RowRider(SqliteDatabase database, long? parentId) : ICommitRider, IRiddenWrites
    {
        public int Calls { get; private set; }

        public bool LockWasHeld { get; private set; }

        public long StateRowsSeenElsewhere { get; private set; } = -1;

        public List<bool> Finished { get; } = [];

        public IRiddenWrites? WriteQueued()
        {
            Calls++;
            LockWasHeld = database.WriteLock.IsHeldByCurrentThread;
            StateRowsSeenElsewhere = CountStateOnAnotherConnection();
            if (parentId is null)
            {
                return null;
            }

            database.WriterStatement("INSERT INTO rider_rows (parent_id) VALUES (?)").Bind(1, parentId.Value).Execute();
            return this;
        }

        public void Finish(bool committed) => Finished.Add(committed);

        private long CountStateOnAnotherConnection()
        {
            using var connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM bot_state";
            return (long)command.ExecuteScalar()!;
        }
    }
}
