using System.Net;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>Who sees what: anonymous visitors get the login page or 401, agents the console, only admins the staff list.</summary>
public sealed class DeskAccessTests(DeskAccessTests.Server server) : IClassFixture<DeskAccessTests.Server>
{
    public sealed class Server : IAsyncLifetime
    {
        public DeskServer Desk { get; } = new();

        public string Number { get; private set; } = "";

        public async ValueTask InitializeAsync() =>
            Number = (await Desk.CreateTicketAsync(Desk.NewChatClient(), new() { Problem = "secret-problem-text" })).Number.ToString();

        public ValueTask DisposeAsync() => Desk.DisposeAsync();
    }

    // Routing ignores case, and so must the check that only the desk's paths run authorization.
    public static TheoryData<string> Pages => ["/desk", "/desk/", "/desk?status=new&q=vpn", "/desk/tickets/SB-000001", "/desk/staff", "/desk/no-such-page", "/DESK/tickets/SB-000001", "/Desk"];

    public static TheoryData<string> ApiReads => ["/desk/api/tickets", "/desk/api/tickets/SB-000001", "/desk/api/changes?after=0", "/desk/api/staff", "/desk/api/nothing", "/DESK/api/tickets/SB-000001"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Anonymous_RedirectsToLoginWithoutData(string path)
    {
        var client = server.Desk.NewDeskClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/desk/login?returnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-problem-text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiReads))]
    public async Task Api_Anonymous_Is401JsonWithoutData(string path)
    {
        var client = server.Desk.NewDeskClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal("Sign in to the desk first.", body["error"]!.GetValue<string>());
        Assert.Single(body);
    }

    [Theory]
    [InlineData("/desk/tickets/SB-000001/take")]
    [InlineData("/desk/logout")]
    [InlineData("/desk/api/tickets/SB-000001/resolve")]
    public async Task Post_Anonymous_IsRefusedAndChangesNothing(string path)
    {
        var client = server.Desk.NewDeskClient();
        var token = await client.TokenFromAsync("/desk/login");

        using var response = await client.Http.PostAsync(path, DeskClient.Form(("__csrf", token)));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
        var ticket = await server.Desk.Tickets.GetAsync(Core.Tickets.TicketNumber.Parse(server.Number), CancellationToken.None);
        Assert.Null(ticket!.Summary.Assignee);
        Assert.Equal(Core.Tickets.TicketStatus.New, ticket.Status);
    }

    [Fact]
    public async Task Login_IsOpenToAnonymous()
    {
        var html = await server.Desk.NewDeskClient().GetPageAsync("/desk/login");

        Assert.Contains("Sign in to the desk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-problem-text", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/desk")]
    [InlineData("/desk/tickets/SB-000001")]
    public async Task Page_Agent_Sees(string path)
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var html = await client.GetPageAsync(path);

        Assert.Contains(server.Number, html, StringComparison.Ordinal);
        Assert.Contains("secret-problem-text", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/desk/staff\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Agent_ReadsQueueTicketAndChanges()
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var queue = await client.GetJsonAsync("/desk/api/tickets");
        var ticket = await client.GetJsonAsync("/desk/api/tickets/" + server.Number);
        var changes = await client.GetJsonAsync("/desk/api/changes?after=0");

        Assert.Contains(queue["items"]!.AsArray(), t => t!["number"]!.GetValue<string>() == server.Number);
        Assert.Equal("secret-problem-text", ticket["details"]!["problem"]!.GetValue<string>());
        Assert.Contains(changes["tickets"]!.AsArray(), t => t!["number"]!.GetValue<string>() == server.Number);
    }

    [Fact]
    public async Task Staff_Agent_Is403PageAndJson()
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var page = await client.Http.GetAsync("/desk/staff");
        using var api = await client.Http.GetAsync("/desk/api/staff");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("boss", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("This needs the admin role.", (await DirectLineTestClient.ReadObjectAsync(api))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_Admin_SeesAccountsWithoutHashes()
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("boss", DeskServer.Password);

        var html = await client.GetPageAsync("/desk/staff");
        using var api = await client.Http.GetAsync("/desk/api/staff");
        var json = await api.Content.ReadAsStringAsync();

        Assert.Contains("anna", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/desk/staff\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"name\":\"anna\",\"role\":\"agent\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(server.Number, await client.GetPageAsync("/desk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_Is404()
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var page = await client.Http.GetAsync("/desk/tickets/SB-999999");
        using var api = await client.Http.GetAsync("/desk/api/tickets/not-a-number");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var signOut = await client.PostFormAsync("/desk/logout");
        using var after = await client.Http.GetAsync("/desk/api/tickets");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task RemovedAccount_LosesItsSessionAtOnce()
    {
        server.Desk.AddStaff("temp-agent", Core.Staff.StaffRole.Agent);
        var client = server.Desk.NewDeskClient();
        await client.SignInOrFailAsync("temp-agent", DeskServer.Password);
        var store = server.Desk.Factory.Services.GetService(typeof(Core.Staff.IStaffStore)) as Core.Staff.IStaffStore;

        Assert.True(await store!.RemoveAsync("temp-agent", CancellationToken.None));
        using var after = await client.Http.GetAsync("/desk/api/tickets");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Login_ForeignReturnUrl_GoesToTheQueue(string returnUrl)
    {
        var client = server.Desk.NewDeskClient();
        var token = await client.TokenFromAsync("/desk/login");

        using var response = await client.Http.PostAsync("/desk/login", DeskClient.Form(("name", "anna"), ("password", DeskServer.Password), ("returnUrl", returnUrl), ("__csrf", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/desk", response.Headers.Location!.OriginalString);
    }
}
