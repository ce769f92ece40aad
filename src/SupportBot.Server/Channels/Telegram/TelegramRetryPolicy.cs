using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Repeats a Bot API call that failed for a passing reason: flood control (429) waits exactly <c>retry_after</c>;
/// server errors (5xx), timeouts, network failures and malformed answers back off exponentially with jitter.
/// Everything else (400, 403…) fails at once. Time and randomness are injected so tests run in no time.
/// </summary>
internal sealed class TelegramRetryPolicy
{
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly Lock _randomLock = new();
    private readonly ILogger _logger;

    public TelegramRetryPolicy(IOptions<TelegramOptions> options, TimeProvider timeProvider, TelegramRandom random, ILogger<TelegramRetryPolicy> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _random = random.Random;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> up to <paramref name="maxAttempts"/> times; the last failure propagates.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(string method, Func<CancellationToken, Task<T>> attempt, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (number < maxAttempts && !cancellationToken.IsCancellationRequested && GetDelay(exception, number) is { } delay)
            {
                TelegramLog.Retrying(_logger, method, number, Describe(exception), (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How long to wait after <paramref name="exception"/> on attempt <paramref name="attempt"/>; null when it is not worth repeating.</summary>
    internal TimeSpan? GetDelay(Exception exception, int attempt) => exception switch
    {
        TelegramApiException { ErrorCode: 429 } api => FloodWait(api.RetryAfter),
        TelegramApiException { ErrorCode: >= 500 } => Backoff(attempt),
        TelegramTransportException => Backoff(attempt),
        _ => null,
    };

    /// <summary>
    /// "Equal jitter": half the exponential step is kept so waits grow, half is random so many clients that failed
    /// together do not return together.
    /// </summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Min(attempt - 1, 20);
        var step = Math.Min(_options.RetryMaxDelay.TotalMilliseconds, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        double fraction;
        lock (_randomLock)
        {
            fraction = _random.NextDouble();
        }

        return TimeSpan.FromMilliseconds((step / 2) + (fraction * step / 2));
    }

    internal static string Describe(Exception exception) => exception switch
    {
        TelegramApiException api => $"error {api.ErrorCode}",
        TelegramTransportException transport => transport.Failure.ToString(),
        _ => exception.GetType().Name,
    };

    private TimeSpan? FloodWait(TimeSpan? retryAfter)
    {
        // Telegram names the wait; a missing one is treated as a second. Waits longer than we allow fail the send
        // into the dead letters rather than holding the chat's queue for hours.
        var wait = retryAfter ?? TimeSpan.FromSeconds(1);
        return wait <= _options.MaxRetryAfter ? wait : null;
    }
}
