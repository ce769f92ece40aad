using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// In webhook mode with <see cref="TelegramOptions.RegisterWebhookOnStart"/>, registers the webhook as the server
/// starts. A failure is logged, not fatal: the web chat and the desk keep working, and the webhook can be registered
/// again by a restart or by hand.
/// </summary>
internal sealed class TelegramWebhookStartup : IHostedService
{
    private readonly TelegramWebhookRegistrar _registrar;
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;

    public TelegramWebhookStartup(TelegramWebhookRegistrar registrar, IOptions<TelegramOptions> options, ILogger<TelegramWebhookStartup> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _registrar = registrar ?? throw new ArgumentNullException(nameof(registrar));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled || _options.Mode != TelegramMode.Webhook || !_options.RegisterWebhookOnStart)
        {
            return;
        }

        try
        {
            await _registrar.RegisterAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
        {
            TelegramLog.WebhookNotRegistered(_logger, exception, _options.BotId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
