using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Handles the updates the webhook queued: one chat's in order, chats in parallel, skipping those the offset store
/// says were handled before a restart.
/// </summary>
internal sealed class TelegramWebhookWorker : BackgroundService
{
    private readonly TelegramWebhookQueue _queue;
    private readonly TelegramUpdateDispatcher _dispatcher;
    private readonly ITelegramOffsetStore _store;
    private readonly TelegramOptions _options;

    public TelegramWebhookWorker(TelegramWebhookQueue queue, TelegramUpdateDispatcher dispatcher, ITelegramOffsetStore store, IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled || _options.Mode != TelegramMode.Webhook)
        {
            return;
        }

        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; what is still queued is not confirmed, and Telegram has it as delivered: see the report.
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var botId = _options.BotId;
        var offset = await _store.LoadAsync(botId, cancellationToken).ConfigureAwait(false);
        using var slots = new SemaphoreSlim(_options.MaxConcurrentChats);
        var tails = new Dictionary<long, Task>();
        await foreach (var update in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (offset.IsHandled(update.UpdateId))
            {
                continue;
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var key = update.ChatId ?? long.MinValue + (update.UpdateId % 1024);
            var previous = tails.GetValueOrDefault(key, Task.CompletedTask);
            var current = RunAfterAsync(previous, botId, update, slots, cancellationToken);
            tails[key] = current;
            if (tails.Count > _options.MaxConcurrentChats * 4)
            {
                foreach (var done in tails.Where(pair => pair.Value.IsCompleted).Select(pair => pair.Key).ToArray())
                {
                    tails.Remove(done);
                }
            }
        }

        await Task.WhenAll(tails.Values).ConfigureAwait(false);
    }

    private async Task RunAfterAsync(Task previous, string botId, TelegramUpdate update, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            // The earlier update of this chat logs its own failure; this one runs regardless.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _dispatcher.HandleOneAsync(botId, update, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }
}
