using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Storage;
using SupportBot.Core.Tickets;
using SupportBot.Server.Tests.Channels.WebChat;
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

    [Fact]
    public async Task Conversation_EndingInATicket_StoresEachActivityOnceAndTheTicketHoldsTheTranscript()
    {
        var client = server.NewClient();
        await client.StartAsync();

        foreach (var text in new[] { "I forgot my password and cannot sign in", "Talk to a person", "Skip", "Windows 11, Outlook 2021", "anna@example.com" })
        {
            await client.SendAsync(text);
        }

        var (activities, watermark) = await client.PollAsync();
        var opened = DirectLineTestClient.Text(activities[^1]);
        Assert.Matches(@"Ticket SB-\d{6} is open", opened);
        var ticket = await server.Factory.Services.GetRequiredService<ITicketStore>()
            .GetAsync(TicketNumber.Parse(System.Text.RegularExpressions.Regex.Match(opened, @"SB-\d{6}").Value), CancellationToken.None);
        Assert.Single(ticket!.Transcript, e => e.Role == TicketRole.User && e.Text == "I forgot my password and cannot sign in");
        Assert.Single(ticket.Transcript, e => e.Role == TicketRole.User && e.Text == "Windows 11, Outlook 2021");
        Assert.Contains(ticket.Transcript, e => e.Role == TicketRole.Bot && e.Text.Contains("passing this to a specialist", StringComparison.Ordinal));

        // Every activity the client read is one row of the transcript, numbered as the client's watermark counts, and
        // the bot's traces are there beside them.
        var database = server.Factory.Services.GetRequiredService<SqliteDatabase>();
        var conversation = $"conversation_id = '{client.ConversationId}'";
        Assert.Equal(long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture), await PersistenceTests.ExecuteAsync(database, $"SELECT count(*) FROM transcript WHERE {conversation} AND channel_seq IS NOT NULL"));
        Assert.Equal(0L, await PersistenceTests.ExecuteAsync(database, $"SELECT count(*) - count(DISTINCT activity_id) FROM transcript WHERE {conversation}"));
        Assert.Equal(0L, await PersistenceTests.ExecuteAsync(database, $"SELECT count(*) FROM transcript WHERE {conversation} AND channel_seq IS NULL AND json_extract(activity, '$.type') <> 'trace'"));
        Assert.InRange((long)(await PersistenceTests.ExecuteAsync(database, $"SELECT count(*) FROM transcript WHERE {conversation} AND json_extract(activity, '$.type') = 'trace'"))!, 1, 5);
    }
}
