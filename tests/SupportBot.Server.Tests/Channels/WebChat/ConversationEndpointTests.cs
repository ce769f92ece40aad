using System.Net;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class ConversationEndpointTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task StartConversation_WithoutToken_Returns201WithIdTokenExpiryAndStreamUrl()
    {
        var client = server.NewClient();

        var body = await client.StartAsync();

        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Matches("^[A-Za-z0-9_-]{22}$", client.ConversationId);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{client.ConversationId}/stream?t=", client.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_TwoCalls_GiveDifferentConversations()
    {
        var first = server.NewClient();
        var second = server.NewClient();

        await first.StartAsync();
        await second.StartAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("not json at all")]
    public async Task StartConversation_MalformedBody_Returns400WithJsonError(string body)
    {
        var client = server.NewClient();

        using var response = await client.Http.PostAsync("/v3/directline/conversations", DirectLineTestClient.Json(body));

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsFreshTokenAndStreamUrlResumingThere()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("hello");

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}?watermark=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
        var streamUrl = body["streamUrl"]!.GetValue<string>();
        Assert.NotEqual(client.StreamUrl, streamUrl);
        Assert.EndsWith("&watermark=2", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_EmptyWatermark_ReturnsStreamUrlFromTheStart()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}?watermark=");

        var streamUrl = (await DirectLineTestClient.ReadObjectAsync(response))["streamUrl"]!.GetValue<string>();
        Assert.DoesNotContain("watermark", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_TokenForAnotherConversation_Returns403()
    {
        var a = server.NewClient();
        var b = server.NewClient();
        await a.StartAsync();
        await b.StartAsync();

        using var response = await a.GetAsync($"/v3/directline/conversations/{b.ConversationId}?watermark=", a.Token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reconnect_ExpiredToken_Returns403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var expired = EchoServerFixture.MintToken(client.ConversationId, TokenPurpose.Conversation, DateTimeOffset.UtcNow.AddMinutes(-31), TimeSpan.FromMinutes(30));

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}", expired);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Theory]
    [InlineData("NoSuchConversation0001")]
    [InlineData("x' OR '1'='1")]
    [InlineData("разговор")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Reconnect_UnknownConversation_Returns404(string conversationId)
    {
        var client = server.NewClient();
        var token = EchoServerFixture.MintToken(conversationId, TokenPurpose.Conversation, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        using var response = await client.GetAsync($"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}", token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999")]
    public async Task Reconnect_BadWatermark_Returns400(string watermark)
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}");

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }
}
