using Microsoft.Extensions.Hosting;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// A receiver that runs only in its mode and with a token, and ends quietly on stop. Both receivers are registered;
/// the configured mode decides which one works.
/// </summary>
internal abstract class TelegramReceiverService(TelegramOptions options, TelegramMode mode) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled || options.Mode != mode)
        {
            return;
        }

        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not handled is handled after the next start (not confirmed, or kept in the inbox).
        }
    }

    /// <summary>Receives until <paramref name="cancellationToken"/> fires; throws only <see cref="OperationCanceledException"/> then.</summary>
    internal abstract Task RunAsync(CancellationToken cancellationToken);
}
