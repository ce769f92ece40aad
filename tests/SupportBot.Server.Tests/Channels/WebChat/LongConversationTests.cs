using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

/// <summary>A conversation longer than the activities kept in memory: the older ones are read from the store.</summary>
public sealed class LongConversationTests
{
    // Each message is three activities (the echo of the message, typing, the bot's answer).
    private const int Messages = ConversationLog.RecentKept;
    internal const int Activities = Messages * 3;

    [Fact]
    public async Task LongConversation_KeepsOnlyRecentActivitiesInMemoryAndPollingFromTheStartGetsThemAllInOrder()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = await StartLongConversationAsync(factory);
        var log = await Conversations(factory).FindAsync(client.ConversationId, CancellationToken.None);

        var (all, watermark) = await client.PollAsync("0");

        Assert.InRange(log!.ActivitiesInMemory, ConversationLog.RecentKept, 2 * ConversationLog.RecentKept);
        Assert.Equal(ExpectedTexts(), all.Select(DirectLineTestClient.Text));
        Assert.Equal(Enumerable.Range(1, Activities).Select(Id), all.Select(a => a!["id"]!.GetValue<string>().Split('|')[1]));
        Assert.Equal(Activities.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task LongConversation_WatermarksBeforeAndAfterWhatMemoryHolds_EachGetTheActivitiesAfterThem()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = await StartLongConversationAsync(factory);

        var (fromStore, storeWatermark) = await client.PollAsync("4");
        var (fromMemory, memoryWatermark) = await client.PollAsync((Activities - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExpectedTexts().Skip(4), fromStore.Select(DirectLineTestClient.Text));
        Assert.Equal(ExpectedTexts().TakeLast(2), fromMemory.Select(DirectLineTestClient.Text));
        Assert.Equal(storeWatermark, memoryWatermark);
    }

    [Fact]
    public async Task LongConversation_MoreThanOneSetBehind_ReadsASetAtATimeFromTheStore()
    {
        var limited = new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerSet"] = "5" };
        await using var factory = new ServerFactory(new EchoBot(), settings: limited);
        var client = await StartLongConversationAsync(factory);

        var (first, next) = await client.PollAsync("1");
        var (second, _) = await client.PollAsync(next);

        Assert.Equal(ExpectedTexts().Skip(1).Take(5), first.Select(DirectLineTestClient.Text));
        Assert.Equal("6", next);
        Assert.Equal(ExpectedTexts().Skip(6).Take(5), second.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task LongConversation_EvictedAndReloaded_LoadsOnlyTheRecentOnesAndContinuesItsNumbering()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = await StartLongConversationAsync(factory);
        var conversations = Conversations(factory);
        Assert.True(conversations.EvictIdle(TimeSpan.Zero) >= 1);

        var id = await client.SendAsync("after reload");
        var log = await conversations.FindAsync(client.ConversationId, CancellationToken.None);
        var (all, watermark) = await client.PollAsync("0");

        Assert.Equal(client.ConversationId + "|" + Id(Activities + 1), id);
        Assert.InRange(log!.ActivitiesInMemory, 1, 2 * ConversationLog.RecentKept);
        Assert.Equal([.. ExpectedTexts(), "after reload", "", "echo: after reload"], all.Select(DirectLineTestClient.Text));
        Assert.Equal((Activities + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task LongConversation_StoreFailsReadingOldActivities_PollAnswersEmptySetNot5xx()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var client = await StartLongConversationAsync(factory);
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await PersistenceTests.ExecuteAsync(database, "ALTER TABLE transcript RENAME TO transcript_away");

        using var broken = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=2");
        var body = await DirectLineTestClient.ReadObjectAsync(broken);
        var (recent, _) = await client.PollAsync((Activities - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PersistenceTests.ExecuteAsync(database, "ALTER TABLE transcript_away RENAME TO transcript");

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Empty(body["activities"]!.AsArray());
        Assert.Equal("2", body["watermark"]!.GetValue<string>());
        Assert.Equal(ExpectedTexts().TakeLast(1), recent.Select(DirectLineTestClient.Text));
    }

    private static async Task<DirectLineTestClient> StartLongConversationAsync(ServerFactory factory)
    {
        var client = new DirectLineTestClient(factory.CreateClient());
        await client.StartAsync();
        await SendLongConversationAsync(client);
        return client;
    }

    /// <summary>Sends more messages than the activities the conversation keeps in memory.</summary>
    internal static async Task SendLongConversationAsync(DirectLineTestClient client)
    {
        for (var i = 0; i < Messages; i++)
        {
            await client.SendAsync(MessageText(i));
        }
    }

    /// <summary>The texts of a long conversation's activities, in order.</summary>
    internal static IEnumerable<string> ExpectedTexts() =>
        Enumerable.Range(0, Messages).SelectMany(i => new[] { MessageText(i), "", "echo: " + MessageText(i) });

    private static string MessageText(int i) => "message " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Id(int sequence) => sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    private static DirectLineConversations Conversations(ServerFactory factory) => factory.Services.GetRequiredService<DirectLineConversations>();
}
