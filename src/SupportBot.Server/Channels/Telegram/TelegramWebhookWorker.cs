using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Handles the updates the webhook queued: one chat's in order, chats in parallel. At start it first handles what the
/// inbox kept from before a restart, skipping what the offset store says was handled; each handled update leaves the
/// inbox. The handled marks, which catch Telegram repeating an update across a restart, are kept for a day.
/// </summary>
internal sealed class TelegramWebhookWorker : TelegramReceiverService
{
    // Telegram repeats an unanswered webhook for a while, never for a day; then a mark says nothing.
    internal static readonly TimeSpan HandledMarkLifetime = TimeSpan.FromDays(1);

    private const int UpdatesBetweenPrunes = 1000;

    private readonly TelegramWebhookQueue _queue;
    private readonly TelegramUpdateDispatcher _dispatcher;
    private readonly ITelegramOffsetStore _store;
    private readonly ITelegramInbox _inbox;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;

    public TelegramWebhookWorker(TelegramWebhookQueue queue, TelegramUpdateDispatcher dispatcher, ITelegramOffsetStore store, ITelegramInbox inbox, IOptions<TelegramOptions> options, TimeProvider timeProvider)
        : base(options?.Value ?? throw new ArgumentNullException(nameof(options)), TelegramMode.Webhook)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _inbox = inbox ?? throw new ArgumentNullException(nameof(inbox));
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value;
    }

    internal override async Task RunAsync(CancellationToken cancellationToken)
    {
        var botId = _options.BotId;
        var offset = await _store.LoadAsync(botId, cancellationToken).ConfigureAwait(false);
        using var slots = new SemaphoreSlim(_options.MaxConcurrentChats);
        var tails = new Dictionary<long, Task>();
        var sincePrune = UpdatesBetweenPrunes;
        await foreach (var update in KeptThenQueuedAsync(botId, cancellationToken).ConfigureAwait(false))
        {
            if (++sincePrune > UpdatesBetweenPrunes)
            {
                sincePrune = 0;
                await _store.ForgetHandledBeforeAsync(botId, _timeProvider.GetUtcNow() - HandledMarkLifetime, CancellationToken.None).ConfigureAwait(false);
            }

            if (offset.IsHandled(update.UpdateId))
            {
                await _inbox.RemoveAsync(botId, update.UpdateId, CancellationToken.None).ConfigureAwait(false);
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

    private async IAsyncEnumerable<TelegramUpdate> KeptThenQueuedAsync(string botId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var json in await _inbox.PendingAsync(botId, cancellationToken).ConfigureAwait(false))
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (TelegramUpdateReader.Read(document.RootElement).Update is { } update)
            {
                yield return update;
            }
        }

        await foreach (var update in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    private async Task RunAfterAsync(Task previous, string botId, TelegramUpdate update, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            // The earlier update of this chat logs its own failure; this one runs regardless.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _dispatcher.HandleOneAsync(botId, update, cancellationToken).ConfigureAwait(false);
            await _inbox.RemoveAsync(botId, update.UpdateId, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }
}
