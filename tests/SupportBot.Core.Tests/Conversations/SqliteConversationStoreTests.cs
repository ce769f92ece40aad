using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Conversations;

public sealed class SqliteConversationStoreTests
{
    private static StateKey Key(string owner = "c1", string name = "profile", StateScope scope = StateScope.Conversation) =>
        new() { Scope = scope, ChannelId = "test", OwnerId = owner, Name = name };

    [Fact]
    public async Task CommitTurn_NewStoreOverSameFile_ReadsTheSavedState()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("{\"name\":\"Аня\"}"), ExpectedVersion = 0 }], [], CancellationToken.None);

        var reopened = temp.Open();
        var stored = await reopened.ReadStateAsync(Key(), CancellationToken.None);

        Assert.Equal("{\"name\":\"Аня\"}", stored.Text());
        Assert.Equal(1, stored?.Version);
        // Bound as UTF-8 bytes, stored as TEXT (null here for a BLOB), so the file reads as text to any SQLite tool.
        Assert.Equal("{\"name\":\"Аня\"}", RawState.Read(temp.FilePath, "profile"));
    }

    [Fact]
    public async Task CommitTurn_StaleVersion_ThrowsConflictAndSavesNothing()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        await store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("1"), ExpectedVersion = 0 }], [], CancellationToken.None);
        await store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("2"), ExpectedVersion = 1 }], [], CancellationToken.None);

        var transcript = new TranscriptEntry
        {
            ChannelId = "test", ConversationId = "c1", Timestamp = DateTimeOffset.UnixEpoch, Role = TranscriptRole.User,
            Activity = new Activity { Type = ActivityTypes.Message, Text = "lost?" },
        };
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.CommitTurnAsync(
            [new StateWrite { Key = Key("c1", "other"), Utf8Json = StateJson.Utf8("x"), ExpectedVersion = 0 }, new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("3"), ExpectedVersion = 1 }],
            [transcript],
            CancellationToken.None));

        Assert.Equal(Key(), conflict.Key);
        Assert.Equal("2", (await store.ReadStateAsync(Key(), CancellationToken.None)).Text());
        Assert.Null(await store.ReadStateAsync(Key("c1", "other"), CancellationToken.None));
        Assert.Empty(await store.GetTranscriptAsync("test", "c1", 0, 100, CancellationToken.None));
    }

    [Fact]
    public async Task CommitTurn_TwoCreatorsOfOneValue_SecondConflicts()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("first"), ExpectedVersion = 0 }], [], CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() =>
            temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("second"), ExpectedVersion = 0 }], [], CancellationToken.None));
    }

    [Fact]
    public async Task CommitTurn_Delete_RemovesTheValue()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("1"), ExpectedVersion = 0 }], [], CancellationToken.None);
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = null, ExpectedVersion = 1 }], [], CancellationToken.None);
        Assert.Null(await temp.Store.ReadStateAsync(Key(), CancellationToken.None));
    }

    [Fact]
    public async Task ReadState_AfterCommit_ComesFromMemoryUntilARestart()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("{\"n\":1}"), ExpectedVersion = 0 }], [], CancellationToken.None);
        SqliteConnection.ClearAllPools();
        RawState.Overwrite(temp.FilePath, "profile", "{\"n\":99}");

        Assert.Equal("{\"n\":1}", (await temp.Store.ReadStateAsync(Key(), CancellationToken.None)).Text());
        Assert.Equal("{\"n\":99}", (await temp.Open().ReadStateAsync(Key(), CancellationToken.None)).Text());
    }

    [Fact]
    public async Task CommitTurn_ValueChangedByAnotherStore_ConflictsOnceThenReadsTheNewValue()
    {
        using var temp = new TempStore();
        var user = Key("u1", scope: StateScope.User);
        await temp.Store.CommitTurnAsync([new StateWrite { Key = user, Utf8Json = StateJson.Utf8("mine"), ExpectedVersion = 0 }], [], CancellationToken.None);
        var other = temp.Open();
        await other.CommitTurnAsync([new StateWrite { Key = user, Utf8Json = StateJson.Utf8("theirs"), ExpectedVersion = 1 }], [], CancellationToken.None);

        var stale = await temp.Store.ReadStateAsync(user, CancellationToken.None);
        Assert.Equal(("mine", 1L), (stale.Text(), stale?.Version));
        await Assert.ThrowsAsync<StateConflictException>(() =>
            temp.Store.CommitTurnAsync([new StateWrite { Key = user, Utf8Json = StateJson.Utf8("lost"), ExpectedVersion = 1 }], [], CancellationToken.None));

        var fresh = await temp.Store.ReadStateAsync(user, CancellationToken.None);
        Assert.Equal(("theirs", 2L), (fresh.Text(), fresh?.Version));
        await temp.Store.CommitTurnAsync([new StateWrite { Key = user, Utf8Json = StateJson.Utf8("merged"), ExpectedVersion = 2 }], [], CancellationToken.None);
        Assert.Equal("merged", (await temp.Open().ReadStateAsync(user, CancellationToken.None)).Text());
    }

    [Fact]
    public void StateCache_PastCapacity_DropsValuesAndKeepsTheNewest()
    {
        var cache = new StateCache(capacity: 100);
        for (var i = 0; i < 1000; i++)
        {
            cache.Committed([new StateWrite { Key = Key("c" + i), Utf8Json = StateJson.Utf8(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ExpectedVersion = i }]);
        }

        Assert.InRange(cache.Count, 75, 100);
        Assert.True(cache.TryGet(Key("c999"), out var newest));
        Assert.Equal(("999", 1000L), (newest.Text(), newest?.Version));
    }

    [Fact]
    public void StateCache_ReadAfterCommit_DoesNotOverwriteTheCommittedValue()
    {
        var cache = new StateCache(capacity: 10);
        cache.Committed([new StateWrite { Key = Key(), Utf8Json = StateJson.Utf8("new"), ExpectedVersion = 1 }]);
        cache.AddRead(Key(), new StoredState { Utf8Json = StateJson.Utf8("old"), Version = 1 });

        Assert.True(cache.TryGet(Key(), out var value));
        Assert.Equal("new", value.Text());
    }

    [Fact]
    public async Task ReadState_ConversationAndUserScopes_AreSeparate()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key("same-id"), Utf8Json = StateJson.Utf8("conversation"), ExpectedVersion = 0 }], [], CancellationToken.None);
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key("same-id", scope: StateScope.User), Utf8Json = StateJson.Utf8("user"), ExpectedVersion = 0 }], [], CancellationToken.None);

        Assert.Equal("conversation", (await temp.Store.ReadStateAsync(Key("same-id"), CancellationToken.None)).Text());
        Assert.Equal("user", (await temp.Store.ReadStateAsync(Key("same-id", scope: StateScope.User), CancellationToken.None)).Text());
        Assert.Null(await temp.Store.ReadStateAsync(Key("unknown"), CancellationToken.None));
    }

    [Theory]
    [InlineData("'; DROP TABLE bot_state; --")]
    [InlineData("🙂 emoji id")]
    [InlineData("")]
    [InlineData("\u0000binary\u0001")]
    public async Task CommitTurn_HostileIds_AreStoredAsData(string owner)
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key(owner), Utf8Json = StateJson.Utf8("\"v\""), ExpectedVersion = 0 }], [], CancellationToken.None);
        Assert.Equal("\"v\"", (await temp.Store.ReadStateAsync(Key(owner), CancellationToken.None)).Text());
        Assert.Null(await temp.Store.ReadStateAsync(Key(owner + "x"), CancellationToken.None));
    }

    [Fact]
    public async Task GetTranscript_Paging_ReturnsEntriesInOrderAfterTheSequence()
    {
        using var temp = new TempStore();
        var entries = Enumerable.Range(1, 5).Select(i => new TranscriptEntry
        {
            ChannelId = "test", ConversationId = "c1", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_000 * i),
            Role = i % 2 == 0 ? TranscriptRole.Bot : TranscriptRole.User,
            Activity = new Activity { Type = ActivityTypes.Message, Text = $"m{i}" },
        }).ToArray();
        await temp.Store.AppendAsync(entries, CancellationToken.None);
        await temp.Store.AppendAsync([entries[0] with { ConversationId = "c2" }], CancellationToken.None);

        var first = await temp.Store.GetTranscriptAsync("test", "c1", 0, 2, CancellationToken.None);
        var rest = await temp.Store.GetTranscriptAsync("test", "c1", first[^1].Sequence, 100, CancellationToken.None);

        Assert.Equal(["m1", "m2"], first.Select(e => e.Activity.Text));
        Assert.Equal(["m3", "m4", "m5"], rest.Select(e => e.Activity.Text));
        Assert.Equal(TranscriptRole.Bot, first[1].Role);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(2_000), first[1].Timestamp);
        Assert.Empty(await temp.Store.GetTranscriptAsync("test", "nobody", 0, 100, CancellationToken.None));
    }

    [Fact]
    public async Task Append_RussianText_IsStoredAsLettersAndMarkupStaysEscaped()
    {
        using var temp = new TempStore();
        var text = "Не работает ВПН <b>ёлка</b>";
        await temp.Store.AppendAsync(
            [new TranscriptEntry { ChannelId = "test", ConversationId = "c1", Timestamp = DateTimeOffset.UnixEpoch, Role = TranscriptRole.User, Activity = new Activity { Type = ActivityTypes.Message, Text = text } }],
            CancellationToken.None);

        using var connection = new SqliteConnection($"Data Source={temp.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT activity FROM transcript";
        var json = (string)command.ExecuteScalar()!;

        Assert.Contains("Не работает ВПН", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cb\\u003Eёлка", json, StringComparison.Ordinal);
        Assert.Equal(text, (await temp.Store.GetTranscriptAsync("test", "c1", 0, 10, CancellationToken.None)).Single().Activity.Text);
    }

    [Fact]
    public async Task GetTranscript_TypingIndicatorInTheTable_IsLeftOut()
    {
        using var temp = new TempStore();
        var entry = new TranscriptEntry { ChannelId = "test", ConversationId = "c1", Timestamp = DateTimeOffset.UnixEpoch, Role = TranscriptRole.Bot, Activity = Activity.Typing() };
        await temp.Store.AppendAsync([entry, entry with { Activity = Activity.Message("готово") }], CancellationToken.None);

        var transcript = await temp.Store.GetTranscriptAsync("test", "c1", 0, 10, CancellationToken.None);

        Assert.Equal(["готово"], transcript.Select(e => e.Activity.Text));
    }

    [Fact]
    public async Task Open_FileWithTheTranscriptOfBefore_AddsTheChannelSequenceAndKeepsTheRows()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bot.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE transcript (seq INTEGER PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL, role TEXT NOT NULL, activity_id TEXT, activity TEXT NOT NULL);
                INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity)
                    VALUES ('test', 'c1', 1000, 'user', 'a1', '{"type":"message","text":"старое"}');
                """;
            command.ExecuteNonQuery();
        }

        try
        {
            using (var database = new SqliteDatabase(file))
            using (var store = new SqliteConversationStore(database))
            {
                await store.AppendAsync(
                    [new TranscriptEntry { ChannelId = "test", ConversationId = "c1", Timestamp = DateTimeOffset.UnixEpoch, Role = TranscriptRole.Bot, Activity = Activity.Message("новое") }],
                    CancellationToken.None);

                var transcript = await store.GetTranscriptAsync("test", "c1", 0, 10, CancellationToken.None);
                Assert.Equal(["старое", "новое"], transcript.Select(e => e.Activity.Text));
            }

            using var check = new SqliteConnection($"Data Source={file};Pooling=false");
            check.Open();
            using var columns = check.CreateCommand();
            columns.CommandText = "SELECT count(*) FROM pragma_table_info('transcript') WHERE name = 'channel_seq'";
            Assert.Equal(1L, columns.ExecuteScalar());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
