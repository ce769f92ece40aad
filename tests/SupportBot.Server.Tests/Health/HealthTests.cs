using System.Net;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Health;

public sealed class HealthTests(RealBotFixture server) : IClassFixture<RealBotFixture>
{
    [Fact]
    public async Task Healthz_AllPartsLoaded_Returns200WithModelKnowledgeBaseAndStore()
    {
        var http = server.Factory.CreateClient();

        using var response = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal("healthy", body["status"]!.GetValue<string>());
        Assert.True(body["model"]!["loaded"]!.GetValue<bool>());
        Assert.True(body["model"]!["labels"]!.GetValue<int>() > 10);
        Assert.True(body["knowledgeBase"]!["articles"]!.GetValue<int>() > 10);
        Assert.True(body["store"]!["reachable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Page_Root_ServesTheChatPageWithTheWebChatBundle()
    {
        var http = server.Factory.CreateClient();

        var page = await http.GetStringAsync("/");
        using var bundle = await http.GetAsync("/lib/webchat/webchat.js");
        using var script = await http.GetAsync("/chat.js");

        Assert.Contains("lib/webchat/webchat.js", page, StringComparison.Ordinal);
        Assert.Contains("SupportBotChat.mount", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the Web Chat bundle is copied from npm at build time");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
