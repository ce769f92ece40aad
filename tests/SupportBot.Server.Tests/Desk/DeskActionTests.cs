using System.Net;
using SupportBot.Core.Tickets;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>The console's actions over HTTP on tickets of real web chat conversations.</summary>
public sealed class DeskActionTests(DeskActionTests.Server server) : IClassFixture<DeskActionTests.Server>
{
    public sealed class Server : IAsyncDisposable
    {
        public DeskServer Desk { get; } = new();

        public ValueTask DisposeAsync() => Desk.DisposeAsync();
    }

    private DeskServer Desk => server.Desk;

    [Fact]
    public async Task Take_Form_AssignsToMeAndStartsWork()
    {
        var ticket = await Desk.CreateTicketAsync(Desk.NewChatClient());
        var client = await SignedInAsync();

        using var response = await client.PostFormAsync($"/desk/tickets/{ticket.Number}/take");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/desk/tickets/{ticket.Number}", response.Headers.Location!.OriginalString);
        var after = await Desk.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(TicketStatus.InProgress, after!.Status);
        Assert.Equal("anna", after.Summary.Assignee);
    }

    [Fact]
    public async Task Reply_Json_ReachesTheUsersChatAndTheTranscript()
    {
        var chat = Desk.NewChatClient();
        var ticket = await Desk.CreateTicketAsync(chat);
        var client = await SignedInAsync();

        using var response = await client.PostJsonAsync($"/desk/api/tickets/{ticket.Number}/reply", """{"text":"Привет! Перезагрузите роутер, пожалуйста 🙂"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = (await DirectLineTestClient.ReadObjectAsync(response))["ticket"]!;
        Assert.Equal("agent", view["transcript"]!.AsArray()[^1]!["role"]!.GetValue<string>());
        var delivered = (await chat.PollAsync()).Activities.Single(a => DirectLineTestClient.Text(a) == "Привет! Перезагрузите роутер, пожалуйста 🙂");
        Assert.Equal("anna", delivered!["from"]!["name"]!.GetValue<string>());
        var after = await Desk.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        // Replying to a new ticket takes it, so the bot stops answering the conversation.
        Assert.Equal(TicketStatus.InProgress, after!.Status);
        Assert.Contains(after.History, e => e.Kind == TicketEventKind.AgentReplied);
    }

    [Fact]
    public async Task WaitResolveCloseReopen_Forms_FollowTheStatusRulesAndTellTheUser()
    {
        var chat = Desk.NewChatClient();
        var ticket = await Desk.CreateTicketAsync(chat, language: "ru");
        var client = await SignedInAsync();

        await ActAsync(client, ticket, "take", TicketStatus.InProgress);
        await ActAsync(client, ticket, "wait", TicketStatus.WaitingForUser);
        await ActAsync(client, ticket, "resolve", TicketStatus.Resolved);
        var rating = (await chat.PollAsync()).Activities.Last(a => DirectLineTestClient.Type(a) == "message");
        Assert.Equal($"Заявка {ticket.Number} решена. Оцените, пожалуйста, помощь от 1 до 5.", DirectLineTestClient.Text(rating));
        Assert.Equal(["1", "2", "3", "4", "5"], rating!["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
        await ActAsync(client, ticket, "close", TicketStatus.Closed);
        await ActAsync(client, ticket, "reopen", TicketStatus.InProgress);
    }

    [Fact]
    public async Task Action_NotAllowedNow_Is409WithTheReason()
    {
        var ticket = await Desk.CreateTicketAsync(Desk.NewChatClient());
        var client = await SignedInAsync();
        await ActAsync(client, ticket, "close", TicketStatus.Closed);

        using var reply = await client.PostJsonAsync($"/desk/api/tickets/{ticket.Number}/reply", """{"text":"hello?"}""");
        using var resolve = await client.PostFormAsync($"/desk/tickets/{ticket.Number}/resolve");

        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        Assert.Contains("reopen it to reply", (await DirectLineTestClient.ReadObjectAsync(reply))["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, resolve.StatusCode);
        Assert.Contains("cannot become resolved", await resolve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":""}""", HttpStatusCode.BadRequest, "The reply is empty.")]
    [InlineData("""{"text":"   "}""", HttpStatusCode.BadRequest, "The reply is empty.")]
    [InlineData("""{"text":""", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("""[1,2]""", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData(null, HttpStatusCode.BadRequest, "The reply is empty.")]
    public async Task Reply_BadBody_IsRefusedAndNothingIsSent(string? body, HttpStatusCode status, string error)
    {
        var chat = Desk.NewChatClient();
        var ticket = await Desk.CreateTicketAsync(chat);
        var client = await SignedInAsync();
        var before = (await chat.PollAsync()).Activities.Count;

        using var response = await client.PostJsonAsync($"/desk/api/tickets/{ticket.Number}/reply", body);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(error, (await DirectLineTestClient.ReadObjectAsync(response))["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await chat.PollAsync()).Activities.Count);
        Assert.Equal(ticket.Transcript.Count, (await Desk.Tickets.GetAsync(ticket.Number, CancellationToken.None))!.Transcript.Count);
    }

    [Fact]
    public async Task Reply_TooLong_IsRefused()
    {
        var ticket = await Desk.CreateTicketAsync(Desk.NewChatClient());
        var client = await SignedInAsync();

        using var response = await client.PostFormAsync($"/desk/tickets/{ticket.Number}/reply", ("text", new string('я', 4001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 4000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ChannelNotRunningHere_IsRefusedAndNotRecorded()
    {
        var created = await Desk.Tickets.CreateAsync(
            new NewTicket { ChannelId = "telegram", ConversationId = "42", UserId = "42", Language = "ru", EscalationReason = "user_asked_for_human", ConversationReference = "{}" },
            CancellationToken.None);
        var client = await SignedInAsync();

        using var response = await client.PostJsonAsync($"/desk/api/tickets/{created.Number}/reply", """{"text":"hi"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("'telegram' is not running on this server", (await DirectLineTestClient.ReadObjectAsync(response))["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await Desk.Tickets.GetAsync(created.Number, CancellationToken.None))!.Transcript);
    }

    [Theory]
    [InlineData("/desk/api/tickets/SB-999999/take", HttpStatusCode.NotFound)]
    [InlineData("/desk/api/tickets/garbage/take", HttpStatusCode.NotFound)]
    [InlineData("/desk/api/tickets/SB-000001/explode", HttpStatusCode.NotFound)]
    public async Task Action_UnknownTicketOrAction_Is404(string path, HttpStatusCode status)
    {
        var client = await SignedInAsync();

        using var response = await client.PostJsonAsync(path, null);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Action_FormBodyOnTheApi_Is415()
    {
        var ticket = await Desk.CreateTicketAsync(Desk.NewChatClient());
        var client = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/desk/api/tickets/{ticket.Number}/reply") { Content = DeskClient.Form(("text", "hi")) };
        request.Headers.Add("X-Desk-CSRF", await client.TokenFromAsync("/desk"));

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<DeskClient> SignedInAsync()
    {
        var client = Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);
        return client;
    }

    private async Task ActAsync(DeskClient client, Ticket ticket, string action, TicketStatus expected)
    {
        using var response = await client.PostFormAsync($"/desk/tickets/{ticket.Number}/{action}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(expected, (await Desk.Tickets.GetAsync(ticket.Number, CancellationToken.None))!.Status);
    }
}
