using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// The real <c>telegram-test-api</c> peer (npm, pinned in telegram-peer/package.json), run with node on 127.0.0.1 and a
/// free port for one test, stopped on dispose. Besides the Bot API the bot talks to, it has a client API through which
/// the test plays the user: <see cref="SendUserMessageAsync"/>, <see cref="PressButtonAsync"/>,
/// <see cref="WaitForBotMessagesAsync"/>. Reusable for whole-bot end-to-end tests: point
/// <c>Telegram:ApiBaseUrl</c> at <see cref="BaseUrl"/> and use any token that looks like one.
/// </summary>
internal sealed class TelegramPeer : IAsyncDisposable
{
    public const string Token = "654321:peer-token_ABCDEFGHIJKLMNOP";

    private readonly Process _process;
    private readonly HttpClient _http;

    private TelegramPeer(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string BaseUrl { get; }

    /// <summary>
    /// Starts the peer, or skips the test with the reason when node or the package is missing (fails instead under
    /// CI=true, where they must be installed: <c>npm ci</c> in telegram-peer/).
    /// </summary>
    public static async Task<TelegramPeer> StartAsync()
    {
        var folder = PeerFolder();
        var missing = FindMissing(folder);
        if (missing is not null)
        {
            var message = $"The telegram-test-api peer cannot run: {missing}. Install it with `npm ci --prefix {folder}`.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "start.js"), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var peer = new TelegramPeer(process, $"http://127.0.0.1:{port}");
        try
        {
            await peer.WaitUntilAnsweringAsync();
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>A private message from a user, as the Telegram app would send it (date in milliseconds, as the peer does).</summary>
    public Task SendUserMessageAsync(long userId, string text, string languageCode = "ru") =>
        PostAsync("/sendMessage", new JsonObject
        {
            ["botToken"] = Token,
            ["from"] = User(userId, languageCode),
            ["chat"] = Chat(userId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["text"] = text,
        });

    /// <summary>A press of the button with <paramref name="callbackData"/> under the bot's message <paramref name="messageId"/>.</summary>
    public Task PressButtonAsync(long userId, long messageId, string callbackData, string languageCode = "ru") =>
        PostAsync("/sendCallback", new JsonObject
        {
            ["botToken"] = Token,
            ["from"] = User(userId, languageCode),
            ["message"] = new JsonObject { ["message_id"] = messageId, ["chat"] = Chat(userId), ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() },
            ["data"] = callbackData,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        });

    /// <summary>Everything the bot sent to <paramref name="chatId"/> so far, oldest first (the peer's history).</summary>
    public async Task<IReadOnlyList<PeerBotMessage>> GetBotMessagesAsync(long chatId)
    {
        using var response = await _http.PostAsJsonAsync("/getUpdatesHistory", new JsonObject { ["token"] = Token });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        return [.. body["result"]!.AsArray()
            .Select(n => n!.AsObject())
            .Where(u => u["message"]?["chat_id"] is { } chat && chat.ToString() == chatId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(u => new PeerBotMessage(u["messageId"]!.GetValue<long>(), u["message"]!.AsObject()))];
    }

    /// <summary>Waits until the bot has sent at least <paramref name="count"/> messages to <paramref name="chatId"/>.</summary>
    public async Task<IReadOnlyList<PeerBotMessage>> WaitForBotMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = await GetBotMessagesAsync(chatId);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The bot sent {messages.Count} of {count} messages to chat {chatId}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            // Closing stdin asks start.js to stop the server; the kill is for a peer that does not listen.
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    internal static string PeerFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "SupportBot.Server.Tests", "telegram-peer");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        // A build outside the repository (the scratch harness) says where the repository is.
        var root = Environment.GetEnvironmentVariable("SUPPORTBOT_REPO_ROOT")
            ?? typeof(TelegramPeer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
            ?? throw new DirectoryNotFoundException("tests/SupportBot.Server.Tests/telegram-peer not found above " + AppContext.BaseDirectory);
        return Path.Combine(root, "tests", "SupportBot.Server.Tests", "telegram-peer");
    }

    private static string? FindMissing(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "node_modules", "telegram-test-api", "package.json")))
        {
            return "the npm package telegram-test-api is not installed";
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false });
            node!.WaitForExit(10_000);
            return node.ExitCode == 0 ? null : "node --version failed";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not on PATH";
        }
    }

    private static JsonObject User(long userId, string languageCode) =>
        new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Мария", ["username"] = "maria", ["language_code"] = languageCode };

    private static JsonObject Chat(long userId) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = "Мария" };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The peer exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var response = await _http.PostAsync($"/bot{Token}/getMe", null);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The telegram-test-api peer did not answer within 30 s.");
            }

            await Task.Delay(100);
        }
    }
}
