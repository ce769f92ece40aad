using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Runs updates through the handler: one chat's updates in order, different chats in parallel (up to
/// <see cref="TelegramOptions.MaxConcurrentChats"/>), and each update marked handled in the offset store as soon as it
/// is done, so a stop or crash in the middle of a batch repeats nothing and loses nothing.
/// </summary>
internal sealed class TelegramUpdateDispatcher
{
    private readonly ITelegramUpdateHandler _handler;
    private readonly ITelegramOffsetStore _store;
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;

    public TelegramUpdateDispatcher(ITelegramUpdateHandler handler, ITelegramOffsetStore store, IOptions<TelegramOptions> options, ILogger<TelegramUpdateDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Handles <paramref name="updates"/> (in id order); returns when all are done, or throws on cancellation.</summary>
    public Task HandleBatchAsync(string botId, IReadOnlyList<TelegramUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Updates that name no chat run on their own; the others queue behind their chat's earlier updates.
        var lanes = updates.GroupBy(u => u.ChatId is { } chat ? (true, chat) : (false, u.UpdateId));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentChats, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(lanes, parallel, async (lane, token) =>
        {
            foreach (var update in lane)
            {
                await HandleOneAsync(botId, update, token).ConfigureAwait(false);
            }
        });
    }

    /// <summary>Handles one update and marks it handled; a failing update is logged and marked too (never retried forever).</summary>
    public async Task HandleOneAsync(string botId, TelegramUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        try
        {
            await _handler.HandleAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            TelegramLog.UpdateFailed(_logger, exception, update.UpdateId, update.Kind);
        }

        // The update is done: record it even when a stop is under way, or the restart would handle it again.
        await _store.MarkHandledAsync(botId, update.UpdateId, CancellationToken.None).ConfigureAwait(false);
    }
}
