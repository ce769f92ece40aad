using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Sends messages (and edits) the way Telegram's flood control wants: one chat's sends in order, each starting at
/// least <see cref="TelegramOptions.PerChatInterval"/> after the previous one was answered, and all chats together no
/// more than <see cref="TelegramOptions.GlobalMessagesPerSecond"/> in any second as Telegram receives them. A send that still fails after the retries is
/// logged and kept as a dead letter, then its error propagates to the caller.
/// </summary>
internal sealed class TelegramSendQueue
{
    private const int SweepEvery = 256;

    private readonly ITelegramBotClient _client;
    private readonly TelegramRetryPolicy _retry;
    private readonly ITelegramDeadLetterStore _deadLetters;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SendRateWindow _global;
    private readonly Dictionary<long, ChatLane> _lanes = [];
    private readonly Lock _lanesLock = new();
    private int _rents;

    public TelegramSendQueue(ITelegramBotClient client, TelegramRetryPolicy retry, ITelegramDeadLetterStore deadLetters, IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<TelegramSendQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        _deadLetters = deadLetters ?? throw new ArgumentNullException(nameof(deadLetters));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _global = new SendRateWindow(_options.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));
    }

    /// <summary>Lanes kept (busy, or idle but still inside their interval); for tests.</summary>
    internal int LaneCount
    {
        get
        {
            lock (_lanesLock)
            {
                return _lanes.Count;
            }
        }
    }

    /// <summary>Queues a request to one chat and returns its result once sent.</summary>
    public async Task<TResult> SendAsync<TResult>(TelegramRequest<TResult> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chatId = request.TargetChatId ?? throw new ArgumentException($"{request.MethodName} names no chat; it cannot be queued per chat.", nameof(request));
        var lane = Rent(chatId);
        try
        {
            await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var attempts = 0;
                try
                {
                    return await _retry.ExecuteAsync(
                        request.MethodName,
                        async token =>
                        {
                            attempts++;
                            var slot = await WaitForTurnAsync(lane, token).ConfigureAwait(false);
                            try
                            {
                                return await _client.SendRequestAsync(request, token).ConfigureAwait(false);
                            }
                            finally
                            {
                                // Counted from the answer: by then Telegram has the message, whatever the network did.
                                var done = _timeProvider.GetUtcNow();
                                _global.Complete(slot, done);
                                lane.NextAllowed = done + _options.PerChatInterval;
                            }
                        },
                        _options.MaxSendAttempts,
                        cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
                {
                    await DeadLetterAsync(request, chatId, attempts, exception).ConfigureAwait(false);
                    throw;
                }
            }
            finally
            {
                lane.Gate.Release();
            }
        }
        finally
        {
            Return(chatId, lane);
        }
    }

    private async Task<SendSlot> WaitForTurnAsync(ChatLane lane, CancellationToken cancellationToken)
    {
        // A loop, because timers may fire a little before the clock says they should.
        for (var now = _timeProvider.GetUtcNow(); lane.NextAllowed > now; now = _timeProvider.GetUtcNow())
        {
            await Task.Delay(lane.NextAllowed - now, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            var slot = _global.TryTake(_timeProvider.GetUtcNow(), out var wait);
            if (slot is not null)
            {
                return slot;
            }

            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeadLetterAsync<TResult>(TelegramRequest<TResult> request, long chatId, int attempts, Exception exception)
    {
        var letter = new TelegramDeadLetter
        {
            ChatId = chatId,
            Method = request.MethodName,
            Payload = JsonSerializer.Serialize(request, request.RequestTypeInfo),
            Error = exception.Message,
            Attempts = attempts,
            FailedAt = _timeProvider.GetUtcNow(),
        };

        // Kept even when the caller has given up: the point of a dead letter is that nothing is lost silently.
        var id = await _deadLetters.AddAsync(letter, CancellationToken.None).ConfigureAwait(false);
        TelegramLog.DeadLettered(_logger, request.MethodName, chatId, attempts, TelegramRetryPolicy.Describe(exception), id);
    }

    private ChatLane Rent(long chatId)
    {
        lock (_lanesLock)
        {
            if (++_rents % SweepEvery == 0)
            {
                Sweep();
            }

            if (!_lanes.TryGetValue(chatId, out var lane))
            {
                lane = new ChatLane();
                _lanes.Add(chatId, lane);
            }

            lane.Users++;
            return lane;
        }
    }

    private void Return(long chatId, ChatLane lane)
    {
        lock (_lanesLock)
        {
            lane.Users--;
            if (lane.Users == 0 && lane.NextAllowed <= _timeProvider.GetUtcNow())
            {
                _lanes.Remove(chatId);
            }
        }
    }

    // Idle lanes are kept until their interval has passed (they remember when the chat may be written to next).
    private void Sweep()
    {
        var now = _timeProvider.GetUtcNow();
        foreach (var (chatId, lane) in _lanes.Where(pair => pair.Value.Users == 0 && pair.Value.NextAllowed <= now).ToArray())
        {
            _lanes.Remove(chatId);
        }
    }
}
