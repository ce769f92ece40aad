using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Long polling: asks getUpdates for what follows the last confirmed update, handles the batch through the
/// dispatcher, then confirms it. Updates already handled (a peer without offset semantics, a batch cut short by a
/// restart) are skipped. Errors never stop it: a 409 (another poller, or a webhook set) is reported plainly and
/// backed off, other failures back off with jitter.
/// </summary>
internal sealed class TelegramPollingReceiver : TelegramReceiverService
{
    /// <summary>The update kinds the bot asks for; the rest never reach it.</summary>
    internal static readonly IReadOnlyList<string> AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];

    private static readonly TimeSpan NoLongPollingDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ConflictDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan UnauthorizedDelay = TimeSpan.FromMinutes(1);

    private readonly ITelegramBotClient _client;
    private readonly TelegramUpdateDispatcher _dispatcher;
    private readonly ITelegramOffsetStore _store;
    private readonly TelegramRetryPolicy _retry;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public TelegramPollingReceiver(ITelegramBotClient client, TelegramUpdateDispatcher dispatcher, ITelegramOffsetStore store, TelegramRetryPolicy retry, IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<TelegramPollingReceiver> logger)
        : base(options?.Value ?? throw new ArgumentNullException(nameof(options)), TelegramMode.Polling)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The polling loop; throws only <see cref="OperationCanceledException"/> on stop.</summary>
    internal override async Task RunAsync(CancellationToken cancellationToken)
    {
        var botId = _options.BotId;
        var offset = await _store.LoadAsync(botId, cancellationToken).ConfigureAwait(false);
        var confirmed = offset.LastConfirmed;
        var handled = new HashSet<long>(offset.HandledAfter);
        TelegramLog.PollingStarted(_logger, botId, confirmed);
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = _timeProvider.GetTimestamp();
            IReadOnlyList<JsonElement> raw;
            try
            {
                raw = await _client.SendRequestAsync(
                    new GetUpdatesRequest { Offset = confirmed + 1, Limit = _options.UpdatesLimit, Timeout = _options.LongPollTimeoutSeconds, AllowedUpdates = AllowedUpdates },
                    cancellationToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
            {
                failures++;
                await Task.Delay(ReportFailure(exception, failures), _timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var fresh = new List<TelegramUpdate>();
            var inBatch = new HashSet<long>();
            var highest = confirmed;
            foreach (var element in raw)
            {
                var (update, updateId) = TelegramUpdateReader.Read(element);
                highest = Math.Max(highest, updateId);
                if (updateId <= confirmed || handled.Contains(updateId) || !inBatch.Add(updateId))
                {
                    TelegramLog.DuplicateUpdate(_logger, updateId);
                }
                else if (update is null)
                {
                    TelegramLog.UpdateIgnored(_logger, updateId, "unreadable", "-", "not a Bot API update we can read");
                }
                else
                {
                    fresh.Add(update);
                }
            }

            fresh.Sort((a, b) => a.UpdateId.CompareTo(b.UpdateId));
            await _dispatcher.HandleBatchAsync(botId, fresh, cancellationToken).ConfigureAwait(false);
            if (highest > confirmed)
            {
                await _store.ConfirmAsync(botId, highest, CancellationToken.None).ConfigureAwait(false);
                confirmed = highest;
                handled.RemoveWhere(id => id <= confirmed);
            }

            // A peer that does not long-poll answers an empty list at once; without a pause the loop would spin.
            if (raw.Count == 0 && _options.LongPollTimeoutSeconds > 0 && _timeProvider.GetElapsedTime(started) < TimeSpan.FromSeconds(1))
            {
                TelegramLog.NoLongPolling(_logger, (long)NoLongPollingDelay.TotalMilliseconds);
                await Task.Delay(NoLongPollingDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan ReportFailure(Exception exception, int failures)
    {
        switch (exception)
        {
            case TelegramApiException { ErrorCode: 409 } conflict:
                var conflictDelay = ConflictDelay * Math.Min(failures, 12);
                TelegramLog.PollingConflict(_logger, conflict.Description, (long)conflictDelay.TotalMilliseconds);
                return conflictDelay;
            case TelegramApiException { ErrorCode: 401 or 404 } unauthorized:
                TelegramLog.Unauthorized(_logger, unauthorized.ErrorCode, (long)UnauthorizedDelay.TotalMilliseconds);
                return UnauthorizedDelay;
            case TelegramApiException { ErrorCode: 429, RetryAfter: { } retryAfter }:
                TelegramLog.PollingFailed(_logger, "error 429", (long)retryAfter.TotalMilliseconds);
                return retryAfter;
            default:
                var delay = _retry.Backoff(failures);
                TelegramLog.PollingFailed(_logger, TelegramRetryPolicy.Describe(exception), (long)delay.TotalMilliseconds);
                return delay;
        }
    }
}
