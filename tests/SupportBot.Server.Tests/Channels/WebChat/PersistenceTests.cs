using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
        await ExecuteAsync(database, "ALTER TABLE directline_activities RENAME TO directline_activities_away");

        using var broken = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=1");
        var brokenBody = await DirectLineTestClient.ReadObjectAsync(broken);

        await ExecuteAsync(database, "ALTER TABLE directline_activities_away RENAME TO directline_activities");
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
        await ExecuteAsync(database, "ALTER TABLE directline_activities RENAME TO directline_activities_away");

        var sending = client.SendAsync("two");
        await Task.Delay(400);
        Assert.False(sending.IsCompleted, "the post answered before its activities were stored");
        // The activities failed inside the turn's own commit, which still stored the turn: they are retried alone.
        Assert.Equal(1L, await ExecuteAsync(database, "SELECT count(*) FROM transcript WHERE role = 'user' AND activity LIKE '%\"text\":\"two\"%'"));
        await ExecuteAsync(database, "ALTER TABLE directline_activities_away RENAME TO directline_activities");
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
        command.CommandText = "SELECT typeof(activity), activity FROM directline_activities WHERE seq = 1";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal("text", reader.GetString(0));
        Assert.Contains("\"text\":\"не работает ВПН \\u003Cb\\u003E\"", reader.GetString(1), StringComparison.Ordinal);

        // The transcript holds the same message, bound as UTF-8 bytes and stored as text too.
        await using var transcript = connection.CreateCommand();
        transcript.CommandText = "SELECT typeof(activity), activity FROM transcript WHERE role = 'user'";
        await using var row = await transcript.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal("text", row.GetString(0));
        Assert.Contains("не работает ВПН", row.GetString(1), StringComparison.Ordinal);
    }

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
