using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_WithGeneratedSecret_KeepsTokensAndHistory()
    {
        var dataFolder = TempFolder.Create("restart");
        var noSecret = new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = null };
        string conversationId, token;
        await using (var first = new ServerFactory(new EchoBot(), dataFolder, noSecret))
        {
            var client = new DirectLineTestClient(first.CreateClient());
            await client.StartAsync();
            await client.SendAsync("before restart");
            (conversationId, token) = (client.ConversationId, client.Token);
        }

        Assert.True(File.Exists(Path.Combine(dataFolder, "directline-token-secret")));
        Assert.True(File.Exists(Path.Combine(dataFolder, "supportbot.db")));
        await using var second = new ServerFactory(new EchoBot(), dataFolder, noSecret);
        var resumed = new DirectLineTestClient(second.CreateClient()) { Token = token, ConversationId = conversationId };

        await resumed.SendAsync("after restart");
        var (activities, watermark) = await resumed.PollAsync();

        Assert.Equal(["before restart", "", "echo: before restart", "after restart", "", "echo: after restart"], activities.Select(DirectLineTestClient.Text));
        Assert.Equal("6", watermark);
        Assert.Equal(conversationId + "|0000004", activities[3]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_WithoutSecret_GeneratesAKeyFileOnlyTheOwnerCanRead()
    {
        var dataFolder = TempFolder.Create("keyfile");
        await using var factory = new ServerFactory(new EchoBot(), dataFolder, new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = null });

        factory.CreateClient();

        var file = Path.Combine(dataFolder, "directline-token-secret");
        Assert.True(Convert.FromBase64String(File.ReadAllText(file)).Length >= 32);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Start_DamagedKeyFile_FailsSayingWhatToDo()
    {
        var dataFolder = TempFolder.Create("badkey");
        File.WriteAllText(Path.Combine(dataFolder, "directline-token-secret"), "not base64 at all!");
        await using var factory = new ServerFactory(new EchoBot(), dataFolder, new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = null });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Delete the file", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_StoreBroken_Returns503NamingTheStore()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var http = factory.CreateClient();
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        using (var ok = await http.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        await ExecuteAsync(database, "ALTER TABLE directline_conversations RENAME TO directline_conversations_away");
        using var broken = await http.GetAsync("/healthz");
        await ExecuteAsync(database, "ALTER TABLE directline_conversations_away RENAME TO directline_conversations");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(broken);
        Assert.Equal("unhealthy", body["status"]!.GetValue<string>());
        Assert.False(body["store"]!["reachable"]!.GetValue<bool>());
        Assert.True(body["model"]!["loaded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Restart_WithAnotherSecret_RejectsOldTokens()
    {
        var dataFolder = TempFolder.Create("rekey");
        string conversationId, token;
        await using (var first = new ServerFactory(new EchoBot(), dataFolder))
        {
            var client = new DirectLineTestClient(first.CreateClient());
            await client.StartAsync();
            (conversationId, token) = (client.ConversationId, client.Token);
        }

        var rekeyed = new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = "another-secret-that-is-long-enough-0123456789" };
        await using var second = new ServerFactory(new EchoBot(), dataFolder, rekeyed);
        var client2 = new DirectLineTestClient(second.CreateClient()) { Token = token };

        using var response = await client2.GetAsync($"/v3/directline/conversations/{conversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_StoreFailsWhileLoading_AnswersEmptySetNot5xxAndRecovers()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = new DirectLineTestClient(factory.CreateClient());
        await client.StartAsync();
        await client.SendAsync("kept");
        // Out of memory, so the next poll must load from the store; then break the store under it.
        Assert.True(factory.Services.GetRequiredService<DirectLineConversations>().EvictIdle(TimeSpan.Zero) >= 1);
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await ExecuteAsync(database, "ALTER TABLE transcript RENAME TO transcript_away");

        using var broken = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=1");
        var brokenBody = await DirectLineTestClient.ReadObjectAsync(broken);

        await ExecuteAsync(database, "ALTER TABLE transcript_away RENAME TO transcript");
        var (activities, watermark) = await client.PollAsync("1");

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Empty(brokenBody["activities"]!.AsArray());
        Assert.Equal("1", brokenBody["watermark"]!.GetValue<string>());
        Assert.Equal(["", "echo: kept"], activities.Select(DirectLineTestClient.Text));
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task PostActivity_StoreFailsWhileWriting_WaitsRetriesAndLosesNothing()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = new DirectLineTestClient(factory.CreateClient());
        await client.StartAsync();
        await client.SendAsync("one");
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await ExecuteAsync(database, FailChannelLogWrites);

        var sending = client.SendAsync("two");
        await Task.Delay(400);
        Assert.False(sending.IsCompleted, "the post answered before its activities were stored");
        Assert.Equal(0L, await ExecuteAsync(database, "SELECT count(*) FROM transcript WHERE activity LIKE '%\"text\":\"two\"%'"));
        await ExecuteAsync(database, "DROP TRIGGER fail_channel_log");
        await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["one", "", "echo: one", "two", "", "echo: two"], (await client.PollAsync()).Activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task EvictedConversation_IsReloadedFromTheStoreAndContinues()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = new DirectLineTestClient(factory.CreateClient());
        await client.StartAsync();
        await client.SendAsync("one");
        var conversations = factory.Services.GetRequiredService<DirectLineConversations>();

        conversations.EvictIdle(TimeSpan.Zero);
        await client.SendAsync("two");

        Assert.Equal(["one", "", "echo: one", "two", "", "echo: two"], (await client.PollAsync()).Activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task StoredActivity_IsTextWithTheLettersAsWritten()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = new DirectLineTestClient(factory.CreateClient());
        await client.StartAsync();
        await client.SendAsync("не работает ВПН <b>");

        await using var connection = await factory.Services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(activity), activity, role FROM transcript WHERE channel_seq = 1";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal("text", reader.GetString(0));
        Assert.Contains("\"text\":\"не работает ВПН \\u003Cb\\u003E\"", reader.GetString(1), StringComparison.Ordinal);
        Assert.Equal("user", reader.GetString(2));
    }

    [Fact]
    public async Task Start_FileWithTheSeparateActivityLogOfBefore_MovesItIntoTheTranscriptOnceAndResumes()
    {
        var dataFolder = TempFolder.Create("old-layout");
        WriteOldLayout(Path.Combine(dataFolder, "supportbot.db"));
        await using var factory = new ServerFactory(new EchoBot(), dataFolder);
        var token = factory.Services.GetRequiredService<DirectLineTokens>().Issue("oldconv", TokenPurpose.Conversation, TimeSpan.FromMinutes(5));
        var client = new DirectLineTestClient(factory.CreateClient()) { Token = token, ConversationId = "oldconv" };

        var (before, beforeWatermark) = await client.PollAsync();
        await client.SendAsync("after the upgrade");
        var (after, afterWatermark) = await client.PollAsync(beforeWatermark);

        Assert.Equal(["before the upgrade", "echo: before the upgrade"], before.Select(DirectLineTestClient.Text));
        Assert.Equal("2", beforeWatermark);
        Assert.Equal(["after the upgrade", "", "echo: after the upgrade"], after.Select(DirectLineTestClient.Text));
        Assert.Equal("5", afterWatermark);
        Assert.Equal("oldconv|0000003", after[0]!["id"]!.GetValue<string>());
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        Assert.Equal(0L, await ExecuteAsync(database, "SELECT count(*) FROM sqlite_schema WHERE name = 'directline_activities'"));
        Assert.Equal(
            new DateTimeOffset(2026, 11, 30, 10, 0, 0, 1, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            await ExecuteAsync(database, "SELECT recorded_at FROM transcript WHERE conversation_id = 'oldconv' AND channel_seq = 1"));

        // The ticket's view: each message once, with its sender's role, and the old trace kept.
        var transcript = await factory.Services.GetRequiredService<IConversationStore>().GetTranscriptAsync(DirectLineAdapter.ChannelId, "oldconv", 0, 100, CancellationToken.None);
        Assert.Equal(
            [(TranscriptRole.Bot, "trace", ""), (TranscriptRole.User, "message", "before the upgrade"), (TranscriptRole.Bot, "message", "echo: before the upgrade"),
                (TranscriptRole.User, "message", "after the upgrade"), (TranscriptRole.Bot, "message", "echo: after the upgrade")],
            transcript.Select(e => (e.Role, e.Activity.Type, e.Activity.Text ?? "")));
    }

    // A file as the server wrote it before the Direct Line log moved into the transcript: every activity in
    // directline_activities, and the messages again in the transcript with the bot's trace.
    private static void WriteOldLayout(string file)
    {
        const string user = """{"type":"message","id":"oldconv|0000001","timestamp":"2026-11-30T10:00:00.001+00:00","channelId":"webchat","from":{"id":"u1","role":"user"},"conversation":{"id":"oldconv"},"text":"before the upgrade"}""";
        const string bot = """{"type":"message","id":"oldconv|0000002","timestamp":"2026-11-30T10:00:00.002+00:00","channelId":"webchat","from":{"id":"bot","role":"bot"},"conversation":{"id":"oldconv"},"text":"echo: before the upgrade","replyToId":"oldconv|0000001"}""";
        const string trace = """{"type":"trace","channelId":"webchat","conversation":{"id":"oldconv"},"name":"guesses"}""";
        using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE directline_conversations (id TEXT NOT NULL PRIMARY KEY, created_at TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE directline_activities (conversation_id TEXT NOT NULL REFERENCES directline_conversations (id), seq INTEGER NOT NULL, activity TEXT NOT NULL, PRIMARY KEY (conversation_id, seq));
            CREATE TABLE transcript (seq INTEGER PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, recorded_at INTEGER NOT NULL, role TEXT NOT NULL, activity_id TEXT, activity TEXT NOT NULL);
            CREATE INDEX transcript_by_conversation ON transcript (channel_id, conversation_id, seq);
            INSERT INTO directline_conversations VALUES ('oldconv', '2026-11-30T10:00:00.0000000+00:00');
            INSERT INTO directline_activities VALUES ('oldconv', 1, '{user}'), ('oldconv', 2, '{bot}');
            INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity) VALUES
                ('webchat', 'oldconv', 1764496800001, 'user', 'oldconv|0000001', '{user}'),
                ('webchat', 'oldconv', 1764496800001, 'bot', NULL, '{trace}'),
                ('webchat', 'oldconv', 1764496800002, 'bot', 'oldconv|0000002', '{bot}');
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Makes every write of the Direct Line log fail, as a full disk would, until the trigger is dropped.</summary>
    internal const string FailChannelLogWrites =
        "CREATE TRIGGER fail_channel_log BEFORE INSERT ON transcript WHEN NEW.channel_seq IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk full'); END";

    /// <summary>
    /// Runs <paramref name="sql"/> on the server's file behind its back, as a failing or tampered store would; returns
    /// the first column of its first row, if any.
    /// </summary>
    internal static async Task<object?> ExecuteAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
