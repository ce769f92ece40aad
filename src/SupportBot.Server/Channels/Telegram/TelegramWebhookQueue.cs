using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Hands webhook updates from the HTTP request to <see cref="TelegramWebhookWorker"/>, so the request is answered at
/// once; drops repeated deliveries of an update it already took.
/// </summary>
internal sealed class TelegramWebhookQueue
{
    private readonly Channel<TelegramUpdate> _channel;
    private readonly RecentKeys<long> _seen;

    public TelegramWebhookQueue(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var capacity = options.Value.WebhookQueueCapacity;
        _channel = Channel.CreateBounded<TelegramUpdate>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        // Telegram repeats an update for up to a day while it gets no 200; remembering far more than fit in the queue
        // catches repeats of updates already handled, the offset store catches those from before a restart.
        _seen = new RecentKeys<long>(Math.Max(capacity * 10, 10_000));
    }

    public ChannelReader<TelegramUpdate> Reader => _channel.Reader;

    public WebhookAcceptance TryEnqueue(TelegramUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_seen.TryAdd(update.UpdateId))
        {
            return WebhookAcceptance.Duplicate;
        }

        if (_channel.Writer.TryWrite(update))
        {
            return WebhookAcceptance.Accepted;
        }

        // Not taken, so a repeat must be accepted.
        _seen.Remove(update.UpdateId);
        return WebhookAcceptance.Full;
    }
}
