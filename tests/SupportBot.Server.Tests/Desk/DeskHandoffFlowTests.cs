using System.Net;
using System.Text.RegularExpressions;
using SupportBot.Core.Tickets;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>
/// The whole handoff over HTTP with the real bot: escalate, take, talk, resolve, rate. The same flow for Telegram (the
/// agent's reply arriving in the chat at the local Bot API peer) belongs here once the Telegram channel is merged and
/// registers itself with <c>services.AddChannelAdapter&lt;TelegramAdapter&gt;("telegram")</c>.
/// </summary>
public sealed partial class DeskHandoffFlowTests : IAsyncDisposable
{
    private readonly DeskServer _desk = new();

    public ValueTask DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Handoff_EscalatedChat_AgentTakesRepliesResolvesAndTheUserRates()
    {
        var agent = _desk.NewDeskClient();
        await agent.SignInOrFailAsync("anna", DeskServer.Password);
        var sequence = (await agent.GetJsonAsync("/desk/api/tickets"))["sequence"]!.GetValue<long>();
        var chat = _desk.NewChatClient();
        await chat.StartAsync();

        var number = await EscalateAsync(chat, "позовите оператора");

        // The new ticket comes through the change feed the console polls.
        var feed = await agent.GetJsonAsync($"/desk/api/changes?after={sequence}");
        Assert.Contains(feed["tickets"]!.AsArray(), t => t!["number"]!.GetValue<string>() == number && t["status"]!.GetValue<string>() == "new");
        sequence = feed["sequence"]!.GetValue<long>();
        var view = await agent.GetJsonAsync("/desk/api/tickets/" + number);
        Assert.Equal("ru", view["ticket"]!["language"]!.GetValue<string>());
        Assert.Contains(view["transcript"]!.AsArray(), e => e!["text"]!.GetValue<string>() == "позовите оператора");

        using (var take = await agent.PostJsonAsync($"/desk/api/tickets/{number}/take", null))
        {
            Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        }

        // In progress: the bot keeps quiet and the message lands in the ticket, live.
        var (before, watermark) = await chat.PollAsync();
        await chat.SendAsync("ещё: ошибка 809 <b>жирным</b>");
        var (afterMessage, _) = await chat.PollAsync(watermark);
        Assert.Single(afterMessage);
        feed = await agent.GetJsonAsync($"/desk/api/changes?after={sequence}");
        Assert.Contains(feed["tickets"]!.AsArray(), t => t!["number"]!.GetValue<string>() == number);
        view = await agent.GetJsonAsync("/desk/api/tickets/" + number);
        Assert.Equal("ещё: ошибка 809 <b>жирным</b>", view["transcript"]!.AsArray()[^1]!["text"]!.GetValue<string>());

        using (var reply = await agent.PostJsonAsync($"/desk/api/tickets/{number}/reply", """{"text":"Проверьте, пожалуйста, дату и время на компьютере."}"""))
        {
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        }

        Assert.Contains((await chat.PollAsync()).Activities, a => DirectLineTestClient.Text(a) == "Проверьте, пожалуйста, дату и время на компьютере.");

        using (var resolve = await agent.PostFormAsync($"/desk/tickets/{number}/resolve"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        }

        Assert.EndsWith("Оцените, пожалуйста, помощь от 1 до 5.", LastBotText((await chat.PollAsync()).Activities), StringComparison.Ordinal);
        await chat.SendAsync("5");
        Assert.Equal("Спасибо за оценку! Если понадобится что-то ещё — пишите.", LastBotText((await chat.PollAsync()).Activities));

        view = await agent.GetJsonAsync("/desk/api/tickets/" + number);
        Assert.Equal(5, view["ticket"]!["rating"]!.GetValue<int>());
        Assert.Equal("resolved", view["ticket"]!["status"]!.GetValue<string>());
        Assert.Contains("5/5", await agent.GetPageAsync("/desk/tickets/" + number), StringComparison.Ordinal);
        Assert.Equal(before.Count + 1, afterMessage.Count + before.Count);
    }

    [Fact]
    public async Task Handoff_UserWritesAfterResolve_ReopensTheTicket()
    {
        var agent = _desk.NewDeskClient();
        await agent.SignInOrFailAsync("anna", DeskServer.Password);
        var chat = _desk.NewChatClient();
        await chat.StartAsync();
        var number = await EscalateAsync(chat, "I want to talk to a human");
        using (var take = await agent.PostFormAsync($"/desk/tickets/{number}/take"))
        using (var resolve = await agent.PostFormAsync($"/desk/tickets/{number}/resolve"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        }

        await chat.SendAsync("it is broken again");

        var ticket = await _desk.Tickets.GetAsync(TicketNumber.Parse(number), CancellationToken.None);
        Assert.Equal(TicketStatus.InProgress, ticket!.Status);
        Assert.Contains(ticket.History, e => e.Kind == TicketEventKind.Reopened);
    }

    /// <summary>Asks for a person and answers the bot's questions until it gives the ticket number.</summary>
    internal static async Task<string> EscalateAsync(DirectLineTestClient chat, string ask)
    {
        await chat.SendAsync(ask);
        for (var i = 0; i < 8; i++)
        {
            var last = LastBotText((await chat.PollAsync()).Activities);
            if (TicketNumberPattern().Match(last) is { Success: true } match)
            {
                return match.Value;
            }

            await chat.SendAsync(last.Contains("проблем", StringComparison.Ordinal) || last.Contains("problem", StringComparison.Ordinal)
                ? "VPN отключается каждые пять минут"
                : "skip");
        }

        throw new InvalidOperationException("The bot did not file a ticket.");
    }

    private static string LastBotText(System.Text.Json.Nodes.JsonArray activities) =>
        DirectLineTestClient.Text(activities.Last(a => DirectLineTestClient.Type(a) == "message" && a!["from"]!["role"]?.GetValue<string>() != "user"));

    [GeneratedRegex(@"SB-\d{6}")]
    private static partial Regex TicketNumberPattern();
}
