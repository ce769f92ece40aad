using Microsoft.Playwright;

namespace SupportBot.Server.Tests.Browser;

/// <summary>
/// Debian's Chromium under Playwright, headless, with a fresh profile; Playwright never downloads a browser. Without
/// /usr/bin/chromium the test fails in CI (CI=true) and is skipped elsewhere, saying why.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static void RequireInstalled()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        var reason = $"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>A browser context with its own new user-data folder and the given browser language.</summary>
    public static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string locale, string userDataDir)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1100, Height = 820 },
            Timeout = 60_000,
        });
    }
}
