using System.Net;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class CorsTests
{
    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_AllowsDirectLineHeaders()
    {
        await using var factory = new ServerFactory(new EchoBot(), settings: new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "https://intranet.example.com" });
        var http = factory.CreateClient();

        using var response = await http.SendAsync(Preflight("https://intranet.example.com"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://intranet.example.com", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("AUTHORIZATION", headers, StringComparison.Ordinal);
        Assert.Contains("X-MS-BOT-AGENT", headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        await using var factory = new ServerFactory(new EchoBot(), settings: new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "https://intranet.example.com" });
        var http = factory.CreateClient();

        using var response = await http.SendAsync(Preflight("https://evil.example.net"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Start_WithAnOriginThatIsNotAnOrigin_FailsNamingTheSetting()
    {
        await using var factory = new ServerFactory(new EchoBot(), settings: new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "intranet.example.com/chat" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("WebChat:AllowedOrigins", failure.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}
