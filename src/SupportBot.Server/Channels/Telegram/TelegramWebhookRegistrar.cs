using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Registers, inspects and removes the bot's webhook (startup in webhook mode, or a CLI command).</summary>
internal sealed class TelegramWebhookRegistrar
{
    private readonly ITelegramBotClient _client;
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;

    public TelegramWebhookRegistrar(ITelegramBotClient client, IOptions<TelegramOptions> options, ILogger<TelegramWebhookRegistrar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>setWebhook with <see cref="TelegramOptions.WebhookUrl"/> and the secret; pending updates are kept.</summary>
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.WebhookUrl) || !TelegramOptionsValidator.IsSecretShaped(_options.WebhookSecret))
        {
            throw new InvalidOperationException("Telegram:WebhookUrl and Telegram:WebhookSecret must be set to register the webhook.");
        }

        await _client.SendRequestAsync(
            new SetWebhookRequest
            {
                Url = _options.WebhookUrl,
                SecretToken = _options.WebhookSecret,
                AllowedUpdates = TelegramPollingReceiver.AllowedUpdates,
                DropPendingUpdates = false,
                MaxConnections = Math.Clamp(_options.MaxConcurrentChats, 1, 100),
            },
            cancellationToken).ConfigureAwait(false);
        TelegramLog.WebhookRegistered(_logger, _options.BotId, _options.WebhookUrl);
    }

    /// <summary>deleteWebhook, back to polling; pending updates are kept unless <paramref name="dropPendingUpdates"/>.</summary>
    public Task DeleteAsync(bool dropPendingUpdates, CancellationToken cancellationToken) =>
        _client.SendRequestAsync(new DeleteWebhookRequest { DropPendingUpdates = dropPendingUpdates }, cancellationToken);

    /// <summary>getWebhookInfo.</summary>
    public Task<TelegramWebhookInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        _client.SendRequestAsync(new GetWebhookInfoRequest(), cancellationToken);
}
