using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Bot;

public sealed class KnowledgeAnswerBotTests(RealBotFixture server) : IClassFixture<RealBotFixture>
{
    [Fact]
    public async Task Message_RussianVpnProblem_AnswersWithTheVpnArticleInRussianAndFeedbackButtons()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("не могу подключиться к впн из дома");

        var reply = (await client.PollAsync()).Activities[^1]!;
        Assert.Contains("VPN", DirectLineTestClient.Text(reply), StringComparison.Ordinal);
        Assert.Equal("markdown", reply["textFormat"]!.GetValue<string>());
        var buttons = reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>());
        Assert.Equal(["Помогло", "Не помогло"], buttons);
    }

    [Fact]
    public async Task Message_EnglishPasswordProblem_AnswersInEnglish()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("I forgot my password and cannot log in");

        var reply = (await client.PollAsync()).Activities[^1]!;
        Assert.Contains("password", DirectLineTestClient.Text(reply), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Helped", "Didn't help"], reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Message_SendsTypingBeforeTheAnswer()
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync("принтер не печатает");

        Assert.Equal(["message", "typing", "message"], (await client.PollAsync()).Activities.Select(DirectLineTestClient.Type));
    }

    [Theory]
    [InlineData("Помогло", "Рад")]
    [InlineData("Не помогло", "Жаль")]
    [InlineData("Helped", "Glad")]
    [InlineData("Didn't help", "Sorry")]
    public async Task Message_FeedbackButton_IsAnsweredInItsLanguage(string feedback, string expectedStart)
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync(feedback);

        Assert.StartsWith(expectedStart, DirectLineTestClient.Text((await client.PollAsync()).Activities[^1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me a joke about penguins on the moon", "I couldn't find")]
    [InlineData("какая сегодня погода на марсе", "Я не нашёл")]
    public async Task Message_NothingRelevant_SaysSoInTheMessageLanguage(string text, string expectedStart)
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync(text);

        var reply = (await client.PollAsync()).Activities[^1]!;
        Assert.StartsWith(expectedStart, DirectLineTestClient.Text(reply), StringComparison.Ordinal);
        Assert.Null(reply["suggestedActions"]);
    }

    [Theory]
    [InlineData("🙂🙂🙂")]
    [InlineData("12345")]
    [InlineData("<b></b>")]
    public async Task Message_NoWords_GetsAnAnswerNotAnError(string text)
    {
        var client = server.NewClient();
        await client.StartAsync();

        await client.SendAsync(text);

        var activities = (await client.PollAsync()).Activities;
        Assert.Equal("message", DirectLineTestClient.Type(activities[^1]));
        Assert.DoesNotContain("Sorry, something went wrong", DirectLineTestClient.Text(activities[^1]), StringComparison.Ordinal);
    }
}
