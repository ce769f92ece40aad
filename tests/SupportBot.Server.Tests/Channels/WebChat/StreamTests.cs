using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class StreamTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task Stream_AfterConnect_PushesEchoAndRepliesAsActivitySets()
    {
        var client = server.NewClient();
        await client.StartAsync();
        using var socket = await ConnectAsync(client.StreamUrl);
        var reader = new ActivityStreamReader(socket);

        var id = await client.SendAsync("over the socket", clientActivityId: "c-1");
        await reader.ReadUntilAsync(a => a.Count >= 3);

        Assert.Equal(id, reader.Activities[0]["id"]!.GetValue<string>());
        Assert.Equal("c-1", reader.Activities[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("echo: over the socket", DirectLineTestClient.Text(reader.Activities[2]));
        Assert.Equal(id, reader.Activities[2]["replyToId"]!.GetValue<string>());
        Assert.Equal("3", reader.Watermarks[^1]);
    }

    [Fact]
    public async Task Stream_EmptyKeepAliveFrames_AreIgnoredAndTheStreamGoesOn()
    {
        var client = server.NewClient();
        await client.StartAsync();
        using var socket = await ConnectAsync(client.StreamUrl);
        var reader = new ActivityStreamReader(socket);

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await client.SendAsync("after pings");
        await reader.ReadUntilAsync(a => a.Count >= 3);

        Assert.Equal("echo: after pings", DirectLineTestClient.Text(reader.Activities[2]));
    }

    [Fact]
    public async Task Stream_Reconnect_ReplaysEverythingAfterTheWatermarkWithoutDuplicates()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("first");
        await client.SendAsync("second");

        using var reconnect = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}?watermark=3");
        var streamUrl = (await DirectLineTestClient.ReadObjectAsync(reconnect))["streamUrl"]!.GetValue<string>();
        using var socket = await ConnectAsync(streamUrl);
        var reader = new ActivityStreamReader(socket);
        await reader.ReadUntilAsync(a => a.Count >= 3);
        await client.SendAsync("third");
        await reader.ReadUntilAsync(a => a.Count >= 6);

        Assert.Equal(["second", "", "echo: second", "third", "", "echo: third"], reader.Activities.Select(DirectLineTestClient.Text));
        Assert.Equal(reader.Activities.Count, reader.Activities.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Stream_FromTheStart_ReplaysTheWholeHistory()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("history");

        using var socket = await ConnectAsync(client.StreamUrl);
        var reader = new ActivityStreamReader(socket);
        await reader.ReadUntilAsync(a => a.Count >= 3);

        Assert.Equal(["history", "", "echo: history"], reader.Activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Stream_FromTheStartOfALongConversation_ReplaysOlderActivitiesFromTheStoreThenNewOnes()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await LongConversationTests.SendLongConversationAsync(client);

        using var socket = await ConnectAsync(client.StreamUrl);
        var reader = new ActivityStreamReader(socket);
        await reader.ReadUntilAsync(a => a.Count >= LongConversationTests.Activities);
        await client.SendAsync("live");
        await reader.ReadUntilAsync(a => a.Count >= LongConversationTests.Activities + 3);

        Assert.Equal([.. LongConversationTests.ExpectedTexts(), "live", "", "echo: live"], reader.Activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Stream_TwoClientsOnOneConversation_BothGetEveryActivity()
    {
        var client = server.NewClient();
        await client.StartAsync();
        using var first = await ConnectAsync(client.StreamUrl);
        using var second = await ConnectAsync(client.StreamUrl);

        await client.SendAsync("fan out");
        var a = new ActivityStreamReader(first);
        var b = new ActivityStreamReader(second);
        await Task.WhenAll(a.ReadUntilAsync(x => x.Count >= 3), b.ReadUntilAsync(x => x.Count >= 3));

        Assert.Equal(a.Activities.Select(x => x["id"]!.GetValue<string>()), b.Activities.Select(x => x["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Stream_ForgedToken_IsRefusedWith403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var other = server.NewClient();
        await other.StartAsync();
        var foreign = EchoServerFixture.MintToken(other.ConversationId, TokenPurpose.Stream, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync($"ws://localhost/v3/directline/conversations/{client.ConversationId}/stream?t={foreign}"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_ExpiredStreamUrl_IsRefusedWith403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var expired = EchoServerFixture.MintToken(client.ConversationId, TokenPurpose.Stream, DateTimeOffset.UtcNow.AddMinutes(-10), TimeSpan.FromMinutes(2));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync($"ws://localhost/v3/directline/conversations/{client.ConversationId}/stream?t={expired}"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_PlainHttpRequest_Returns400()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.Http.GetAsync(new Uri(client.StreamUrl).PathAndQuery);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var webSockets = server.Factory.Server.CreateWebSocketClient();
        return await webSockets.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }
}
