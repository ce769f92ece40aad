using System.Text.Json.Nodes;
using SupportBot.Core.Tickets;
using TranscriptEntry = SupportBot.Core.Tickets.TranscriptEntry;

namespace SupportBot.Server.Tests.Desk;

/// <summary>The queue's filters, search, order and counts through the API and the page.</summary>
public sealed class DeskQueueTests(DeskQueueTests.Server server) : IClassFixture<DeskQueueTests.Server>
{
    public sealed class Server : IAsyncLifetime
    {
        public DeskServer Desk { get; } = new();

        internal DeskClient Agent { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var desk = Desk;
            await desk.CreateTicketAsync(desk.NewChatClient(), new() { Problem = "принтер не печатает" }, language: "ru");
            desk.Clock.Advance(TimeSpan.FromMinutes(1));
            var vpn = await desk.CreateTicketAsync(desk.NewChatClient(), new() { Problem = "VPN drops" },
                transcript: [new TranscriptEntry { At = desk.Clock.GetUtcNow(), Role = TicketRole.User, SenderName = "Bob", Text = "error 809 in the client" }]);
            desk.Clock.Advance(TimeSpan.FromMinutes(1));
            await desk.Tickets.CreateAsync(
                new NewTicket { ChannelId = "telegram", ConversationId = "77", UserId = "77", UserName = "Таня", Language = "ru", EscalationReason = "user_asked_for_human", Details = new() { Problem = "пароль" } },
                CancellationToken.None);
            await desk.Tickets.ChangeStatusAsync(vpn.Number, TicketStatus.Resolved, TicketActor.Agent("anna"), null, CancellationToken.None);
            Agent = desk.NewDeskClient();
            await Agent.SignInOrFailAsync("anna", DeskServer.Password);
        }

        public ValueTask DisposeAsync() => Desk.DisposeAsync();
    }

    private async Task<List<string>> NumbersAsync(string query) =>
        [.. (await server.Agent.GetJsonAsync("/desk/api/tickets" + query))["items"]!.AsArray().Select(t => t!["number"]!.GetValue<string>())];

    [Fact]
    public async Task Queue_NoFilter_NewestFirstWithCounts()
    {
        var list = await server.Agent.GetJsonAsync("/desk/api/tickets");

        Assert.Equal(["SB-000003", "SB-000002", "SB-000001"], list["items"]!.AsArray().Select(t => t!["number"]!.GetValue<string>()));
        Assert.Equal(3, list["total"]!.GetValue<int>());
        var counts = list["counts"]!.AsArray().ToDictionary(c => c!["status"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal(2, counts["new"]);
        Assert.Equal(1, counts["resolved"]);
        Assert.Equal(0, counts["closed"]);
    }

    [Theory]
    [InlineData("?status=new", new[] { "SB-000003", "SB-000001" })]
    [InlineData("?status=resolved", new[] { "SB-000002" })]
    [InlineData("?status=closed", new string[0])]
    [InlineData("?language=ru", new[] { "SB-000003", "SB-000001" })]
    [InlineData("?language=en", new[] { "SB-000002" })]
    [InlineData("?channel=telegram", new[] { "SB-000003" })]
    [InlineData("?channel=webchat&status=new", new[] { "SB-000001" })]
    [InlineData("?q=SB-000002", new[] { "SB-000002" })]
    [InlineData("?q=%232", new[] { "SB-000002" })]
    [InlineData("?q=809", new[] { "SB-000002" })]
    [InlineData("?q=%D0%BF%D1%80%D0%B8%D0%BD%D1%82%D0%B5%D1%80", new[] { "SB-000001" })]
    [InlineData("?q=%D0%A2%D0%B0%D0%BD%D1%8F", new[] { "SB-000003" })]
    [InlineData("?q=nothing-like-this", new string[0])]
    public async Task Queue_Filters_PickTheRightTickets(string query, string[] expected) =>
        Assert.Equal(expected, await NumbersAsync(query));

    [Theory]
    [InlineData("?status=bogus")]
    [InlineData("?language=xx")]
    [InlineData("?offset=-5")]
    [InlineData("?offset=abc")]
    [InlineData("?q=%22%27%3B%20DROP%20TABLE%20tickets%3B%20--")]
    [InlineData("?q=%F0%9F%99%82")]
    public async Task Queue_OddFilterValues_AreIgnoredOrMatchNothing_NeverAnError(string query)
    {
        var numbers = await NumbersAsync(query);

        Assert.True(numbers.Count is 0 or 3, string.Join(",", numbers));
    }

    [Fact]
    public async Task Queue_HugeSearch_IsCutNotRefused()
    {
        var numbers = await NumbersAsync("?q=" + new string('x', 100_00));

        Assert.Empty(numbers);
    }

    [Fact]
    public async Task QueuePage_FiltersShowAndTabsKeepThem()
    {
        var html = await server.Agent.GetPageAsync("/desk?language=ru&status=new");

        Assert.Contains("SB-000001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SB-000002", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ru\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/desk?status=resolved&amp;language=ru\"", html, StringComparison.Ordinal);
        Assert.Contains("data-api=\"/desk/api/tickets?status=new&amp;language=ru\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_AfterTheListsSequence_AreOnlyNewerChanges()
    {
        var sequence = (await server.Agent.GetJsonAsync("/desk/api/tickets"))["sequence"]!.GetValue<long>();
        var quiet = await server.Agent.GetJsonAsync($"/desk/api/changes?after={sequence}");
        await server.Desk.Tickets.AddNoteAsync(TicketNumber.Parse("SB-000001"), TicketActor.Agent("anna"), "checked", CancellationToken.None);

        var news = await server.Agent.GetJsonAsync($"/desk/api/changes?after={sequence}");

        Assert.Empty(quiet["tickets"]!.AsArray());
        Assert.Equal(sequence, quiet["sequence"]!.GetValue<long>());
        Assert.Equal(["SB-000001"], news["tickets"]!.AsArray().Select(t => t!["number"]!.GetValue<string>()));
        Assert.True(news["sequence"]!.GetValue<long>() > sequence);
        Assert.False(news["hasMore"]!.GetValue<bool>());
        Assert.IsType<JsonArray>(news["tickets"]);
    }
}
