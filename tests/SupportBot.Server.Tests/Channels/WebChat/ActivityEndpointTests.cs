using System.Net;
using System.Text;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class ActivityEndpointTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task PostActivity_Message_EchoesItWithServerIdAndClientActivityIdThenRepliesWithReplyToId()
    {
        var client = server.NewClient();
        await client.StartAsync();

        var id = await client.SendAsync("printer jam", clientActivityId: "client-42");

        Assert.Equal(client.ConversationId + "|0000001", id);
        var (activities, watermark) = await client.PollAsync();
        Assert.Equal("3", watermark);
        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("dl_user", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal(client.ConversationId, echo["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("typing", DirectLineTestClient.Type(activities[1]));
        var reply = activities[2]!;
        Assert.Equal("echo: printer jam", DirectLineTestClient.Text(reply));
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal("imBack", reply["suggestedActions"]!["actions"]![0]!["type"]!.GetValue<string>());
        var times = activities.Select(a => DateTimeOffset.Parse(a!["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(times[0] < times[1] && times[1] < times[2], "timestamps must increase so Web Chat keeps the order");
    }

    [Fact]
    public async Task PostActivity_ClientSetsIdTimestampAndBotRole_ServerOverridesThem()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.PostRawAsync(DirectLineTestClient.Json(
            """{"type":"message","text":"hi","id":"forged","timestamp":"2001-01-01T00:00:00Z","from":{"id":"x","role":"bot"},"replyToId":"zzz"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await client.PollAsync()).Activities[0]!;
        Assert.Equal(client.ConversationId + "|0000001", echo["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Null(echo["replyToId"]);
        Assert.NotEqual(2001, DateTimeOffset.Parse(echo["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Year);
    }

    [Theory]
    [InlineData("Привет! Не работает принтер 🖨️ на 3-м этаже")]
    [InlineData("<script>alert('x')</script> **bold** [link](javascript:alert(1))")]
    [InlineData("'; DROP TABLE transcript; --")]
    [InlineData("tab\tnew\nline \\ \"quotes\" \u0000 nul")]
    [InlineData("ёЁ ghbdtn 𝕌𝕟𝕚𝕔𝕠𝕕𝕖")]
    public async Task PostActivity_UnusualText_IsStoredAndEchoedExactly(string text)
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync(text);

        var (activities, _) = await client.PollAsync();
        Assert.Equal(text, DirectLineTestClient.Text(activities[0]));
        Assert.Equal("echo: " + text, DirectLineTestClient.Text(activities[2]));
    }

    [Fact]
    public async Task PostActivity_RussianText_IsWrittenAsCyrillicOnTheWire()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("пароль");

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Contains("\"text\":\"пароль\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"   \"}")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    [InlineData("{\"type\":\"message\",\"text\":\"x\",\"from\":\"me\"}")]
    public async Task PostActivity_MalformedActivity_Returns400WithJsonErrorAndNothingStored(string body)
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.PostRawAsync(DirectLineTestClient.Json(body));

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Empty((await client.PollAsync()).Activities);
    }

    [Fact]
    public async Task PostActivity_BinaryBody_Returns400()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);

        using var response = await client.PostRawAsync(new ByteArrayContent(bytes));

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task PostActivity_OverSizeLimit_Returns413AndTheConversationContinues()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('я', 40_000) + "\"}";

        using var tooLarge = await client.PostRawAsync(new StringContent(huge, Encoding.UTF8, "application/json"));
        using var chunked = await client.PostRawAsync(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge))));

        await DirectLineTestClient.AssertErrorAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        await DirectLineTestClient.AssertErrorAsync(chunked, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        await client.SendAsync("still here");
        var (activities, _) = await client.PollAsync();
        Assert.Equal(["still here", "", "echo: still here"], activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task PostActivity_Typing_IsAcknowledgedWithoutStoringOrRunningTheBot()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var turns = server.Bot.Turns;

        using var response = await client.PostRawAsync(DirectLineTestClient.Json("""{"type":"typing","from":{"id":"u"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await client.PollAsync()).Activities);
        Assert.Equal(turns, server.Bot.Turns);
    }

    [Fact]
    public async Task PostActivity_BotThrows_UserGetsAnApologyAndTheConversationContinues()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("boom");
        await client.SendAsync("again");

        var texts = (await client.PollAsync()).Activities.Select(DirectLineTestClient.Text).ToList();
        Assert.Equal("boom", texts[0]);
        Assert.StartsWith("Sorry, something broke on my side", texts[1], StringComparison.Ordinal);
        Assert.Equal("echo: again", texts[^1]);
    }

    [Fact]
    public async Task PostActivity_TokenForAnotherConversation_Returns403AndStoresNothing()
    {
        var a = server.NewClient();
        var b = server.NewClient();
        await a.StartAsync();
        await b.StartAsync();

        using var response = await a.PostRawAsync(DirectLineTestClient.Json("""{"type":"message","text":"intruder"}"""), conversationId: b.ConversationId, token: a.Token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty((await b.PollAsync()).Activities);
    }

    [Fact]
    public async Task PostActivity_ExpiredToken_Returns403()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var expired = EchoServerFixture.MintToken(client.ConversationId, TokenPurpose.Conversation, DateTimeOffset.UtcNow.AddHours(-1), TimeSpan.FromMinutes(30));

        using var response = await client.PostRawAsync(DirectLineTestClient.Json("""{"type":"message","text":"late"}"""), token: expired);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task PostActivity_UnknownConversation_Returns404()
    {
        var client = server.NewClient();
        var token = EchoServerFixture.MintToken("NoSuchConversation0002", TokenPurpose.Conversation, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        using var response = await client.PostRawAsync(DirectLineTestClient.Json("""{"type":"message","text":"hello?"}"""), conversationId: "NoSuchConversation0002", token: token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task PostActivity_WithoutAuthorization_Returns401()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.Http.PostAsync($"/v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json("""{"type":"message","text":"x"}"""));

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task GetActivities_Watermark_ReturnsOnlyLaterActivitiesAndReplaysFromZero()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("one");
        await client.SendAsync("two");

        var (later, watermark) = await client.PollAsync("3");
        var (all, _) = await client.PollAsync("0");
        var (none, same) = await client.PollAsync("6");

        Assert.Equal(["two", "", "echo: two"], later.Select(DirectLineTestClient.Text));
        Assert.Equal("6", watermark);
        Assert.Equal(6, all.Count);
        Assert.Empty(none);
        Assert.Equal("6", same);
    }

    [Fact]
    public async Task GetActivities_WatermarkBeyondTheEnd_RestartsAtTheEnd()
    {
        var client = server.NewClient();
        await client.StartAsync();
        await client.SendAsync("one");

        var (activities, watermark) = await client.PollAsync("50");

        Assert.Empty(activities);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task GetActivities_TokenForAnotherConversation_Returns403()
    {
        var a = server.NewClient();
        var b = server.NewClient();
        await a.StartAsync();
        await b.StartAsync();

        using var response = await a.GetAsync($"/v3/directline/conversations/{b.ConversationId}/activities?watermark=");

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task GetActivities_BadWatermark_Returns400()
    {
        var client = server.NewClient();
        await client.StartAsync();

        using var response = await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=x");

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task GetActivities_UnknownConversation_Returns404()
    {
        var client = server.NewClient();
        var token = EchoServerFixture.MintToken("NoSuchConversation0003", TokenPurpose.Conversation, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        using var response = await client.GetAsync("/v3/directline/conversations/NoSuchConversation0003/activities", token);

        await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }
}
