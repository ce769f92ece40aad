using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Bot;

/// <summary>The real support bot behind the real Direct Line endpoints.</summary>
public sealed class HelpdeskBotOverDirectLineTests(RealBotFixture server) : IClassFixture<RealBotFixture>
{
    [Fact]
    public async Task Message_RussianVpnProblem_AnswersWithTheVpnArticleThenTheFirstGuidedStep()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("не могу подключиться к впн из дома");

        var replies = (await client.PollAsync()).Activities.Where(a => DirectLineTestClient.Type(a) == "message").Skip(1).ToList();
        Assert.Contains("VPN", DirectLineTestClient.Text(replies[0]), StringComparison.Ordinal);
        Assert.StartsWith("Шаг 1 из ", DirectLineTestClient.Text(replies[^1]), StringComparison.Ordinal);
        var buttons = replies[^1]!["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>());
        Assert.Equal(["Помогло", "Следующий шаг", "Позвать оператора"], buttons);
    }

    [Fact]
    public async Task Message_EnglishAskForAPerson_StartsAnEscalationInEnglish()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("I want to talk to a human");

        var texts = (await client.PollAsync()).Activities.Where(a => DirectLineTestClient.Type(a) == "message").Select(DirectLineTestClient.Text).ToList();
        Assert.StartsWith("I'm passing this to a specialist", texts[1], StringComparison.Ordinal);
        Assert.Equal("Please describe the problem in your own words.", texts[^1]);
    }

    [Theory]
    [InlineData("🙂🙂🙂")]
    [InlineData("12345")]
    [InlineData("<b></b>")]
    [InlineData("'; DROP TABLE tickets; --")]
    public async Task Message_OddInput_GetsAnAnswerNotAnError(string text)
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync(text);

        var activities = (await client.PollAsync()).Activities;
        Assert.Equal("message", DirectLineTestClient.Type(activities[^1]));
        Assert.DoesNotContain("something broke on my side", DirectLineTestClient.Text(activities[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraceActivities_NeverReachTheWebChat()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("printer is offline");

        Assert.DoesNotContain((await client.PollAsync()).Activities, a => DirectLineTestClient.Type(a) == "trace");
    }
}
