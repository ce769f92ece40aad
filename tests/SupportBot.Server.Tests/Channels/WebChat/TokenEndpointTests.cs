using System.Net;
using System.Net.Http.Headers;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class TokenEndpointTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task GenerateToken_WithoutBody_ReturnsNewConversationWithTokenAndExpiry()
    {
        var client = server.NewClient();

        using var response = await client.Http.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.False(string.IsNullOrEmpty(body["conversationId"]!.GetValue<string>()));
        Assert.Contains('.', body["token"]!.GetValue<string>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task GenerateToken_ThenStartConversationWithIt_StartsThatConversation()
    {
        var client = server.NewClient();
        using var generated = await client.Http.PostAsync("/v3/directline/tokens/generate", DirectLineTestClient.Json("{}"));
        var token = (await DirectLineTestClient.ReadObjectAsync(generated))["token"]!.GetValue<string>();
        var conversationId = (await DirectLineTestClient.ReadObjectAsync(generated))["conversationId"]!.GetValue<string>();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = DirectLineTestClient.Json("""{"user":{"id":"dl_1"},"locale":"ru-RU"}""") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(started);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"user\":")]
    [InlineData("[]")]
    [InlineData("<xml/>")]
    public async Task GenerateToken_MalformedBody_Returns400WithJsonError(string body)
    {
        var client = server.NewClient();

        using var response = await client.Http.PostAsync("/v3/directline/tokens/generate", DirectLineTestClient.Json(body));

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task RefreshToken_ValidToken_ReturnsAnotherWorkingTokenForTheSameConversation()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await Post(client, "/v3/directline/tokens/refresh", client.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        client.Token = body["token"]!.GetValue<string>();
        await client.SendAsync("after refresh");
        var (activities, _) = await client.PollAsync();
        Assert.Contains(activities, a => DirectLineTestClient.Text(a) == "echo: after refresh");
    }

    [Fact]
    public async Task RefreshToken_ExpiredToken_Returns403TokenExpired()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var expired = EchoServerFixture.MintToken(client.ConversationId, TokenPurpose.Conversation, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromMinutes(30));

        using var response = await Post(client, "/v3/directline/tokens/refresh", expired);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task RefreshToken_WithoutToken_Returns401()
    {
        var client = server.NewClient();

        using var response = await client.Http.PostAsync("/v3/directline/tokens/refresh", null);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b")]
    [InlineData(".")]
    [InlineData("eyJjIjoiYSIsInAiOjAsImUiOjk5OTk5OTk5OTl9.AAAA")]
    [InlineData("' OR 1=1 --")]
    [InlineData("токен")]
    public async Task RefreshToken_MalformedOrForgedToken_Returns403(string token)
    {
        var client = server.NewClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        using var response = await client.Http.SendAsync(request);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task RefreshToken_TokenSignedWithAnotherKey_Returns403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var foreign = new DirectLineTokens(new byte[32], TimeProvider.System).Issue(client.ConversationId, TokenPurpose.Conversation, TimeSpan.FromMinutes(5));

        using var response = await Post(client, "/v3/directline/tokens/refresh", foreign);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task PostActivity_TokenWithPayloadSwappedToAnotherConversation_Returns403()
    {
        var a = server.NewClient();
        var b = server.NewClient();
        await a.StartAsync();
        await b.StartAsync();
        // Keep A's signature but claim B's conversation: the signature no longer matches.
        var forged = b.Token.Split('.')[0] + "." + a.Token.Split('.')[1];

        using var response = await a.PostRawAsync(DirectLineTestClient.Json("""{"type":"message","text":"forged"}"""), conversationId: b.ConversationId, token: forged);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty((await b.PollAsync()).Activities);
    }

    [Fact]
    public async Task RefreshToken_StreamTokenUsedAsBearer_Returns403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var streamToken = Uri.UnescapeDataString(new Uri(client.StreamUrl).Query.Split("t=")[1].Split('&')[0]);

        using var response = await Post(client, "/v3/directline/tokens/refresh", streamToken);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task RefreshToken_ForConversationThatDoesNotExist_Returns404()
    {
        var client = server.NewClient();
        var token = EchoServerFixture.MintToken("NoSuchConversation0001", TokenPurpose.Conversation, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        using var response = await Post(client, "/v3/directline/tokens/refresh", token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    private static async Task<HttpResponseMessage> Post(DirectLineTestClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.Http.SendAsync(request);
    }
}
