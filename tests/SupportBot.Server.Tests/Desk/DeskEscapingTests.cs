using System.Net;
using SupportBot.Core.Tickets;
using TranscriptEntry = SupportBot.Core.Tickets.TranscriptEntry;

namespace SupportBot.Server.Tests.Desk;

/// <summary>Markup in anything a user (or the bot's data) put into a ticket is shown as text on every desk page.</summary>
public sealed class DeskEscapingTests : IAsyncLifetime
{
    private static readonly string[] Fields =
    [
        "user", "problem", "tried", "error", "version", "contact", "transcript", "sender", "intent", "article-id", "article-title", "reason", "comment", "note",
    ];

    private readonly DeskServer _desk = new();
    private Ticket _ticket = null!;

    // Both kinds of attack: a script element, and an attribute handler breaking out of a quoted attribute.
    private static string Payload(string field) => $"<script>alert('{field}')</script>\"><img src=x onerror=alert('{field}')>";

    public async ValueTask InitializeAsync()
    {
        var created = await _desk.Tickets.CreateAsync(
            new NewTicket
            {
                ChannelId = "webchat",
                ConversationId = "xss-conversation",
                UserId = "xss-user",
                UserName = Payload("user"),
                Language = "en",
                Details = new TicketDetails
                {
                    Problem = Payload("problem"),
                    AlreadyTried = Payload("tried"),
                    ErrorText = Payload("error"),
                    SoftwareVersion = Payload("version"),
                    Contact = Payload("contact"),
                },
                Transcript = [new TranscriptEntry { At = _desk.Clock.GetUtcNow(), Role = TicketRole.User, SenderName = Payload("sender"), Text = Payload("transcript") }],
                Intents = [new IntentGuess { Intent = Payload("intent"), Probability = 0.5 }],
                Articles = [new OfferedArticle { Id = Payload("article-id"), Title = Payload("article-title"), Score = 1 }],
                EscalationReason = Payload("reason"),
            },
            CancellationToken.None);
        await _desk.Tickets.ChangeStatusAsync(created.Number, TicketStatus.Resolved, TicketActor.Agent("anna"), null, CancellationToken.None);
        await _desk.Tickets.RateAsync(created.Number, 2, Payload("comment"), CancellationToken.None);
        await _desk.Tickets.AddNoteAsync(created.Number, TicketActor.Agent("anna"), Payload("note"), CancellationToken.None);
        _ticket = (await _desk.Tickets.GetAsync(created.Number, CancellationToken.None))!;
    }

    public ValueTask DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task TicketPage_EveryUserField_ShowsAsText()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var html = await client.GetPageAsync("/desk/tickets/" + _ticket.Number);

        AssertNoMarkupFromPayloads(html);
        foreach (var field in Fields)
        {
            Assert.Contains($"&lt;script&gt;alert(&#x27;{field}&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QueuePage_UserNameAndProblem_ShowAsText()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var html = await client.GetPageAsync("/desk");

        AssertNoMarkupFromPayloads(html);
        Assert.Contains("&lt;script&gt;alert(&#x27;user&#x27;)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;problem&#x27;)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuePage_SearchText_IsEchoedAsText()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var html = await client.GetPageAsync("/desk?q=" + Uri.EscapeDataString(Payload("search")) + "&channel=" + Uri.EscapeDataString("\"><script>x</script>"));

        AssertNoMarkupFromPayloads(html);
        Assert.DoesNotContain("<script>x</script>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;script&gt;alert(&#x27;search&#x27;)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ForbidInlineScriptsByPolicy()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        using var response = await client.Http.GetAsync("/desk/tickets/" + _ticket.Number);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ReturnsTheTextAsWrittenInJson()
    {
        var client = _desk.NewDeskClient();
        await client.SignInOrFailAsync("anna", DeskServer.Password);

        var ticket = await client.GetJsonAsync("/desk/api/tickets/" + _ticket.Number);

        Assert.Equal(Payload("problem"), ticket["details"]!["problem"]!.GetValue<string>());
        Assert.Equal(Payload("transcript"), ticket["transcript"]![0]!["text"]!.GetValue<string>());
    }

    private static void AssertNoMarkupFromPayloads(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        // The quote that would end an attribute early comes out as &quot;, so the handler stays text.
        Assert.DoesNotContain("\"><img", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(", html, StringComparison.Ordinal);
    }
}
