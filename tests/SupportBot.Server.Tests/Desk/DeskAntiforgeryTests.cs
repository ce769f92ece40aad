using System.Net;
using SupportBot.Core.Tickets;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>Every state-changing desk request needs the anti-forgery token: a form field or the X-Desk-CSRF header.</summary>
public sealed class DeskAntiforgeryTests : IAsyncLifetime
{
    private readonly DeskServer _desk = new();
    private Ticket _ticket = null!;

    public async ValueTask InitializeAsync() => _ticket = await _desk.CreateTicketAsync(_desk.NewChatClient());

    public ValueTask DisposeAsync() => _desk.DisposeAsync();

    [Theory]
    [InlineData("take")]
    [InlineData("resolve")]
    [InlineData("close")]
    [InlineData("reply")]
    public async Task FormPost_WithoutToken_Is400AndChangesNothing(string action)
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.Http.PostAsync($"/desk/tickets/{_ticket.Number}/{action}", DeskClient.Form(("text", "hello")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task FormPost_WithAnotherSessionsToken_Is400()
    {
        var other = _desk.NewDeskClient();
        await other.SignInOrFailAsync("boss", DeskServer.Password);
        var foreignToken = await other.TokenFromAsync("/desk");
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.Http.PostAsync($"/desk/tickets/{_ticket.Number}/take", DeskClient.Form(("__csrf", foreignToken)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task JsonPost_WithoutHeader_Is400Json()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.PostJsonAsync($"/desk/api/tickets/{_ticket.Number}/take", null, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery", (await DirectLineTestClient.ReadObjectAsync(response))["error"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task JsonPost_WithHeader_IsDone()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.PostJsonAsync($"/desk/api/tickets/{_ticket.Number}/take", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ticket = (await DirectLineTestClient.ReadObjectAsync(response))["ticket"]!["ticket"]!;
        Assert.Equal("anna", ticket["assignee"]!.GetValue<string>());
        Assert.Equal("in_progress", ticket["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_WithoutToken_Is400AndDoesNotSignIn()
    {
        var client = _desk.NewDeskClient();

        using var response = await client.Http.PostAsync("/desk/login", DeskClient.Form(("name", "anna"), ("password", DeskServer.Password)));
        using var after = await client.Http.GetAsync("/desk/api/tickets");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutToken_Is400AndKeepsTheSession()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.Http.PostAsync("/desk/logout", DeskClient.Form());
        using var after = await client.Http.GetAsync("/desk/api/tickets");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private async Task AssertUnchangedAsync()
    {
        var ticket = await _desk.Tickets.GetAsync(_ticket.Number, CancellationToken.None);
        Assert.Equal(TicketStatus.New, ticket!.Status);
        Assert.Null(ticket.Summary.Assignee);
        Assert.Equal(_ticket.Transcript.Count, ticket.Transcript.Count);
    }
}
