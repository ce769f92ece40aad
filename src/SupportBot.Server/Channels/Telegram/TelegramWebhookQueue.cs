using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Hands webhook updates from the HTTP request to <see cref="TelegramWebhookWorker"/>, so the request is answered at
/// once: each update is first kept in the inbox (Telegram will not repeat it after a 200), then queued; repeated
/// deliveries are recognised and dropped.
/// </summary>
internal sealed class TelegramWebhookQueue
{
    private readonly Channel<TelegramUpdate> _channel;
    private readonly RecentKeys<long> _seen;
    private readonly ITelegramInbox _inbox;
    private readonly string _botId;

    public TelegramWebhookQueue(ITelegramInbox inbox, IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inbox = inbox ?? throw new ArgumentNullException(nameof(inbox));
        _botId = options.Value.BotId;
        var capacity = options.Value.WebhookQueueCapacity;
        _channel = Channel.CreateBounded<TelegramUpdate>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        // Remembering far more ids than fit in the queue catches repeats of updates handled since the start; the
        // inbox and the offset store catch those from before a restart.
        _seen = new RecentKeys<long>(Math.Max(capacity * 10, 10_000));
    }

    public ChannelReader<TelegramUpdate> Reader => _channel.Reader;

    /// <summary>Keeps and queues <paramref name="update"/> (<paramref name="json"/> is how it arrived).</summary>
    public async Task<WebhookAcceptance> AcceptAsync(TelegramUpdate update, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_seen.TryAdd(update.UpdateId))
        {
            return WebhookAcceptance.Duplicate;
        }

        if (!await _inbox.AddAsync(_botId, update.UpdateId, json, cancellationToken).ConfigureAwait(false))
        {
            // Kept before a restart and not handled yet: the worker handles it from the inbox.
            return WebhookAcceptance.Duplicate;
        }

        if (_channel.Writer.TryWrite(update))
        {
            return WebhookAcceptance.Accepted;
        }

        // Not taken: Telegram gets a 503 and repeats it, so neither the inbox nor the id list may keep it.
        await _inbox.RemoveAsync(_botId, update.UpdateId, CancellationToken.None).ConfigureAwait(false);
        _seen.Remove(update.UpdateId);
        return WebhookAcceptance.Full;
    }
}
