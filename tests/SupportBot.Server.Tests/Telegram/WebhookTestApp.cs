using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>A minimal ASP.NET Core app on 127.0.0.1 with the Telegram channel in webhook mode and the webhook mapped.</summary>
internal sealed class WebhookTestApp : IAsyncDisposable
{
    public const string Secret = "webhook-secret_42";

    private readonly WebApplication _app;

    private WebhookTestApp(WebApplication app, string baseUrl, LogSink logs)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        Logs = logs;
    }

    public HttpClient Http { get; }

    public LogSink Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WebhookTestApp> StartAsync(string apiBaseUrl, IBot bot, string databasePath, string mode = "Webhook", bool registerOnStart = false)
    {
        var builder = LoopbackApp.CreateBuilder();
        var logs = new LogSink();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = apiBaseUrl,
            ["Telegram:Mode"] = mode,
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookUrl"] = "https://bot.example.com/telegram/webhook",
            ["Telegram:PerChatInterval"] = "00:00:00.010",
            ["Telegram:TypingDelay"] = "00:01:00",
            ["Telegram:RegisterWebhookOnStart"] = registerOnStart ? "true" : "false",
        });
        builder.Services.AddSingleton(new SqliteDatabase(databasePath));
        builder.Services.AddSingleton(bot);
        builder.Services.AddTelegram(builder.Configuration);
        var app = builder.Build();
        app.MapTelegramWebhook();
        return new WebhookTestApp(app, await LoopbackApp.StartAsync(app), logs);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoints.Route) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, secret);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoints.Route) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, secret);
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
