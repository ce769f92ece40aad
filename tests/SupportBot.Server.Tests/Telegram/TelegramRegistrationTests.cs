using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramRegistrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task StartAsync_WebhookModeWithoutSecret_FailsAtStartWithoutQuotingTheToken()
    {
        using var host = Host(new Dictionary<string, string?> { ["Telegram:BotToken"] = "42:super-secret-token-value", ["Telegram:Mode"] = "webhook" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-token-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoToken_StartsWithTheChannelOff()
    {
        using var host = Host(new Dictionary<string, string?>());

        await host.StartAsync();
        await host.StopAsync();

        Assert.False(host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.Enabled);
    }

    [Fact]
    public void Bind_EnvironmentStyleKeys_ReachTheOptions()
    {
        using var host = Host(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "42:abc",
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = "s",
            ["Telegram:WebhookUrl"] = "https://bot.example.com/telegram/webhook",
            ["Telegram:PerChatInterval"] = "00:00:02",
        });

        var options = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Equal(TelegramMode.Webhook, options.Mode);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PerChatInterval);
        Assert.Equal("42", options.BotId);
    }

    private IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new SqliteDatabase(_directory.File("bot.db")));
        builder.Services.AddSingleton<SupportBot.Core.Conversations.IBot>(new RecordingBot());
        builder.Services.AddTelegram(builder.Configuration);
        return builder.Build();
    }
}
