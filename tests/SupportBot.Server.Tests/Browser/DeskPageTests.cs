using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Server.Tests.Desk;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Browser;

/// <summary>
/// The handoff in two real browsers against Kestrel on loopback: a Web Chat user escalates, an agent watches the ticket
/// arrive in /desk without reloading, takes it and replies; the user sees the reply, the agent resolves, the user rates.
/// </summary>
public sealed partial class DeskPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Markup in the problem must come out as text in the console: an executed handler would be a page error.
    private const string Problem = "VPN отключается каждые 5 минут <img src=x onerror=alert(1)>";

    [Fact]
    public async Task Desk_WebChatUserEscalates_AgentSeesTicketLiveRepliesResolves_UserRates()
    {
        Chromium.RequireInstalled();
        await using var desk = new DeskServer(useKestrel: true, systemClock: true);
        var address = desk.Address!;
        using var playwright = await Playwright.CreateAsync();
        var screenshots = Path.Combine(TempFolder.RepositoryRoot, "TestResults", "browser");
        Directory.CreateDirectory(screenshots);
        var errors = new List<string>();

        await using var agentBrowser = await Chromium.LaunchAsync(playwright, "en-US", TempFolder.Create("chromium-agent"));
        await using var userBrowser = await Chromium.LaunchAsync(playwright, "ru-RU", TempFolder.Create("chromium-user"));

        // The agent signs in first and keeps the queue open.
        var agent = await OpenAsync(agentBrowser, new Uri(address, "/desk"), errors);
        await Expect(agent).ToHaveURLAsync(new Regex("/desk/login"));
        await agent.GetByLabel("Name").FillAsync("anna");
        await agent.GetByLabel("Password").FillAsync(DeskServer.Password);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(agent.Locator("h1")).ToHaveTextAsync("Queue");
        await Expect(agent.Locator("#queue-rows tr")).ToHaveCountAsync(0);

        // The user asks for a person in Web Chat and answers or skips the questions until the ticket number.
        var user = await OpenAsync(userBrowser, address, errors);
        await Expect(user.Locator("[data-id='webchat-sendbox-input']")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await SendAsync(user, "позовите оператора");
        var number = await AnswerUntilTicketAsync(user);

        // It arrives in the open queue without a reload.
        var row = agent.Locator($"#queue-rows tr[data-number='{number}']");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(row.Locator(".badge")).ToHaveTextAsync("New");
        await Expect(row.Locator(".problem")).ToHaveTextAsync(Problem);
        await agent.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "desk-queue.png"), FullPage = true });

        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(agent.Locator("h1")).ToHaveTextAsync(number);
        await Expect(agent.Locator(".details")).ToContainTextAsync(Problem);
        await Expect(agent.Locator("#transcript")).ToContainTextAsync("позовите оператора");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "What the bot understood" })).ToBeVisibleAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Take", Exact = true }).ClickAsync();
        await Expect(agent.Locator("#t-status")).ToHaveTextAsync("In progress");
        await Expect(agent.Locator("#t-assignee")).ToHaveTextAsync("anna");
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Take", Exact = true })).ToBeHiddenAsync();
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Reopen", Exact = true })).ToBeHiddenAsync();

        const string Reply = "Здравствуйте! Это Анна из поддержки. Перезапустите, пожалуйста, VPN-клиент.";
        await agent.Locator("#reply-text").FillAsync(Reply);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(agent.Locator("#transcript li.role-agent")).ToContainTextAsync(Reply, new() { Timeout = Ms(Wait) });
        await Expect(agent.Locator("#reply-text")).ToHaveValueAsync("");

        // The reply lands in the user's own chat; the user's answer shows up on the open ticket live.
        await Expect(BotBubbles(user).Filter(new() { HasText = Reply })).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await SendAsync(user, "Перезапустил, теперь работает!");
        await Expect(agent.Locator("#transcript li.role-user").Last).ToContainTextAsync("Перезапустил, теперь работает!", new() { Timeout = Ms(Wait) });

        await agent.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
        await Expect(agent.Locator("#t-status")).ToHaveTextAsync("Resolved");
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Reopen", Exact = true })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true })).ToBeHiddenAsync();
        await Expect(agent.Locator("#reply-form")).ToBeHiddenAsync();
        await Expect(BotBubbles(user).Filter(new() { HasText = "Оцените, пожалуйста" })).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await SuggestedAction(user, "4").ClickAsync(new() { Timeout = Ms(Wait) });
        await Expect(BotBubbles(user).Filter(new() { HasText = "Спасибо за оценку" })).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });

        await Expect(agent.Locator("#t-rating")).ToHaveTextAsync("4/5", new() { Timeout = Ms(Wait) });
        await agent.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "desk-ticket.png"), FullPage = true });
        await user.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "desk-webchat-user.png"), FullPage = true });

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        foreach (var name in new[] { "desk-queue.png", "desk-ticket.png", "desk-webchat-user.png" })
        {
            TestContext.Current.AddAttachment(name, await File.ReadAllBytesAsync(Path.Combine(screenshots, name)), "image/png");
        }
    }

    private static async Task<string> AnswerUntilTicketAsync(IPage user)
    {
        var seen = 0;
        for (var i = 0; i < 8; i++)
        {
            // Wait for a new bot message after the last answer, then read the newest one.
            await Expect(BotBubbles(user)).Not.ToHaveCountAsync(seen, new() { Timeout = Ms(Wait) });
            await user.WaitForTimeoutAsync(300);
            seen = await BotBubbles(user).CountAsync();
            var last = await BotBubbles(user).Last.InnerTextAsync();
            if (TicketNumberPattern().Match(last) is { Success: true } match)
            {
                return match.Value;
            }

            if (last.Contains("Опишите проблему", StringComparison.Ordinal))
            {
                await SendAsync(user, Problem);
            }
            else
            {
                await SuggestedAction(user, "Пропустить").ClickAsync(new() { Timeout = Ms(Wait) });
            }
        }

        throw new InvalidOperationException("The bot never gave a ticket number.");
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Uri address, List<string> errors)
    {
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.Dialog += (_, dialog) => errors.Add("dialog: " + dialog.Message);
        await page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load });
        return page;
    }

    private static ILocator BotBubbles(IPage page) => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    private static ILocator SuggestedAction(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex(@"SB-\d{6}")]
    private static partial Regex TicketNumberPattern();
}
