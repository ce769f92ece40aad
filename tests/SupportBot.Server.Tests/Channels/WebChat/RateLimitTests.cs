using System.Net;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class RateLimitTests
{
    [Fact]
    public async Task PostActivity_PastTheConversationLimit_Returns429WithRetryAfterAndOthersAreUnaffected()
    {
        var limits = new Dictionary<string, string?> { ["DirectLine:PostBurst"] = "3", ["DirectLine:PostsPerSecond"] = "0.2" };
        await using var factory = new ServerFactory(new EchoBot(), settings: limits);
        var noisy = new DirectLineTestClient(factory.CreateClient());
        var quiet = new DirectLineTestClient(factory.CreateClient());
        await noisy.StartAsync();
        await quiet.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await noisy.SendAsync("message " + i);
        }

        using var rejected = await noisy.PostRawAsync(DirectLineTestClient.Json("""{"type":"message","text":"one too many"}"""));
        await DirectLineTestClient.AssertErrorAsync(rejected, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await quiet.SendAsync("I still get through");
        Assert.Equal("echo: I still get through", DirectLineTestClient.Text((await quiet.PollAsync()).Activities[^1]));
        Assert.DoesNotContain((await noisy.PollAsync()).Activities, a => DirectLineTestClient.Text(a) == "one too many");
    }

    [Fact]
    public async Task StartConversation_PastThePerClientLimit_Returns429()
    {
        await using var factory = new ServerFactory(new EchoBot(), settings: new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinutePerClient"] = "2" });
        var http = factory.CreateClient();

        using var first = await http.PostAsync("/v3/directline/conversations", null);
        using var second = await http.PostAsync("/v3/directline/tokens/generate", null);
        using var third = await http.PostAsync("/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await DirectLineTestClient.AssertErrorAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
    }
}
