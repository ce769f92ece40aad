using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Registers the Telegram channel.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Telegram channel: options from the <c>Telegram</c> section (validated at start), the Bot API client,
    /// the send queue, the SQLite stores (needs <c>SupportBot.Core.Storage.SqliteDatabase</c> and
    /// <c>SupportBot.Core.Conversations.IBot</c> registered), the adapter, and the receiver for the configured mode.
    /// Without a bot token the receivers do nothing.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new TelegramRandom(Random.Shared));

        // A plain handler, not the HTTP client factory's: its loggers write request URLs, and ours hold the token.
        services.TryAddSingleton<ITelegramBotClient>(provider => new TelegramBotClient(
            // Answers are small (100 updates are well under a megabyte); a peer sending more is broken.
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { MaxResponseContentBufferSize = 16 * 1024 * 1024 },
            provider.GetRequiredService<IOptions<TelegramOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<TelegramBotClient>>()));

        services.TryAddSingleton<ITelegramOffsetStore, SqliteTelegramOffsetStore>();
        services.TryAddSingleton<ITelegramDeadLetterStore, SqliteTelegramDeadLetterStore>();
        services.TryAddSingleton<ITelegramCallbackStore, SqliteTelegramCallbackStore>();
        services.TryAddSingleton<ITelegramInbox, SqliteTelegramInbox>();
        services.TryAddSingleton<TelegramRetryPolicy>();
        services.TryAddSingleton<TelegramSendQueue>();
        services.TryAddSingleton<TelegramCallbackCodec>();
        services.TryAddSingleton<TelegramAdapter>();
        services.TryAddSingleton<ITelegramUpdateHandler, TelegramUpdateHandler>();
        services.TryAddSingleton<TelegramUpdateDispatcher>();
        services.TryAddSingleton<TelegramWebhookQueue>();
        services.TryAddSingleton<TelegramWebhookRegistrar>();
        services.AddHostedService<TelegramPollingReceiver>();
        services.AddHostedService<TelegramWebhookWorker>();
        services.AddHostedService<TelegramWebhookStartup>();
        return services;
    }
}
