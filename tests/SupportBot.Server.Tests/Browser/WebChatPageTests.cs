using Microsoft.Playwright;
using SupportBot.Core.Knowledge;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Browser;

/// <summary>The support page in a real browser: the official Web Chat against the real server on a loopback socket.</summary>
public sealed class WebChatPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Page_RussianAnswerKeepsHistoryAcrossReload_EnglishConversationEndsWithATicket()
    {
        Chromium.RequireInstalled();
        await using var factory = new ServerFactory(useKestrel: true);
        var address = factory.StartListening();
        using var playwright = await Playwright.CreateAsync();
        var screenshots = Path.Combine(TempFolder.RepositoryRoot, "TestResults", "browser");
        Directory.CreateDirectory(screenshots);
        var errors = new List<string>();

        // Russian: the page follows the browser's language.
        await using (var russian = await Chromium.LaunchAsync(playwright, "ru-RU", TempFolder.Create("chromium-ru")))
        {
            var page = await OpenAsync(russian, address, errors);
            await Expect(page.Locator("h1")).ToHaveTextAsync("IT-поддержка");

            await SendAsync(page, "не могу подключиться к впн из дома");
            var vpnTitles = Titles("ru", "vpn");
            var answer = BotBubbles(page).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(string.Join('|', vpnTitles.Select(System.Text.RegularExpressions.Regex.Escape))) });
            await Expect(answer.First).ToBeVisibleAsync(new() { Timeout = (float)Wait.TotalMilliseconds });

            await SuggestedAction(page, "Помогло").ClickAsync();
            await Expect(BotBubbles(page).Filter(new() { HasText = "рад, что получилось!" })).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "webchat-ru.png"), FullPage = true });

            await page.ReloadAsync();
            // The whole conversation comes back once, in order: question, answer, button press, thanks.
            await Expect(BotBubbles(page).Filter(new() { HasText = "рад, что получилось!" })).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await Expect(UserBubbles(page)).ToHaveTextAsync(["не могу подключиться к впн из дома", "Помогло"]);
            await Expect(answer).ToHaveCountAsync(1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "webchat-ru-after-reload.png"), FullPage = true });
        }

        // English, in a fresh browser profile: a new conversation in English, and the switch turns the page Russian.
        await using (var english = await Chromium.LaunchAsync(playwright, "en-US", TempFolder.Create("chromium-en")))
        {
            var page = await OpenAsync(english, address, errors);
            await Expect(page.Locator("h1")).ToHaveTextAsync("IT support");
            await Expect(UserBubbles(page)).ToHaveCountAsync(0);

            await SendAsync(page, "I forgot my password and cannot sign in");
            var passwordTitles = Titles("en", "password_reset");
            var answer = BotBubbles(page).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(string.Join('|', passwordTitles.Select(System.Text.RegularExpressions.Regex.Escape))) });
            await Expect(answer.First).ToBeVisibleAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
            await SuggestedAction(page, "Talk to a person").ClickAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
            await Expect(BotBubbles(page).Filter(new() { HasText = "passing this to a specialist" })).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await SuggestedAction(page, "Skip").ClickAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
            await Expect(BotBubbles(page).Filter(new() { HasText = "Which system and app version" })).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await SendAsync(page, "Windows 11, Outlook 2021");
            await Expect(BotBubbles(page).Filter(new() { HasText = "How can we reach you" })).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await SendAsync(page, "anna@example.com");
            var ticket = BotBubbles(page).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"Ticket SB-\d{6} is open") });
            await Expect(ticket).ToHaveCountAsync(1, new() { Timeout = (float)Wait.TotalMilliseconds });
            await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "webchat-en.png"), FullPage = true });

            await page.GetByRole(AriaRole.Button, new() { Name = "RU", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("IT-поддержка");
            await Expect(answer.First).ToBeVisibleAsync();
        }

        Assert.Empty(errors);
        TestContext.Current.AddAttachment("webchat-ru.png", await File.ReadAllBytesAsync(Path.Combine(screenshots, "webchat-ru.png")), "image/png");
        TestContext.Current.AddAttachment("webchat-en.png", await File.ReadAllBytesAsync(Path.Combine(screenshots, "webchat-en.png")), "image/png");
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Uri address, List<string> errors)
    {
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"console {message.Type}: {message.Text}");
            }
        };
        await page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load });
        await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeVisibleAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
        return page;
    }

    private static ILocator BotBubbles(IPage page) => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    private static ILocator UserBubbles(IPage page) => page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    // Web Chat shows suggested actions in a toolbar (and repeats them, hidden, in its live region for screen readers).
    private static ILocator SuggestedAction(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    // The titles of the shipped articles for an intent: the answer must be one of them, read from the knowledge base.
    private static List<string> Titles(string language, string intent)
    {
        var (knowledgeBase, _) = KnowledgeBaseLoader.Load(Path.Combine(TempFolder.RepositoryRoot, "knowledge-base"));
        var titles = knowledgeBase.Articles.Where(a => a.Language == language && a.Intents.Contains(intent)).Select(a => a.Title).ToList();
        Assert.NotEmpty(titles);
        return titles;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
