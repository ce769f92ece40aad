using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramRetryPolicyTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ExecuteAsync_FloodControl_WaitsExactlyRetryAfterThenSucceeds()
    {
        var policy = NewPolicy();
        var attempts = new List<DateTimeOffset>();

        var running = policy.ExecuteAsync(
            "sendMessage",
            _ =>
            {
                attempts.Add(_time.GetUtcNow());
                return attempts.Count == 1 ? throw new TelegramApiException("sendMessage", 429, "Too Many Requests", TimeSpan.FromSeconds(7)) : Task.FromResult(1);
            },
            5,
            CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.False(running.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(1, await running);
        Assert.Equal(TimeSpan.FromSeconds(7), attempts[1] - attempts[0]);
    }

    [Fact]
    public async Task ExecuteAsync_BadRequest_FailsAtOnce()
    {
        var calls = 0;

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => NewPolicy().ExecuteAsync<int>(
            "sendMessage",
            _ =>
            {
                calls++;
                throw new TelegramApiException("sendMessage", 400, "Bad Request: can't parse entities");
            },
            5,
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Equal(400, error.ErrorCode);
    }

    [Fact]
    public void Backoff_GrowsWithJitterWithinBounds()
    {
        var policy = NewPolicy(new TelegramOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromSeconds(2) });

        var delays = Enumerable.Range(1, 8).Select(policy.Backoff).ToArray();

        for (var attempt = 1; attempt <= delays.Length; attempt++)
        {
            var step = Math.Min(2000, 100 * Math.Pow(2, attempt - 1));
            Assert.InRange(delays[attempt - 1].TotalMilliseconds, step / 2, step);
        }

        Assert.Contains(delays, d => d.TotalMilliseconds % 50 != 0);
    }

    [Fact]
    public void Backoff_SameSeed_SameDelays()
    {
        Assert.Equal(Enumerable.Range(1, 5).Select(NewPolicy().Backoff), Enumerable.Range(1, 5).Select(NewPolicy().Backoff));
    }

    [Fact]
    public void GetDelay_FloodWaitBeyondLimit_IsNotRetried()
    {
        var policy = NewPolicy(new TelegramOptions { MaxRetryAfter = TimeSpan.FromSeconds(30) });

        Assert.Null(policy.GetDelay(new TelegramApiException("sendMessage", 429, "Too Many Requests", TimeSpan.FromHours(1)), 1));
        Assert.NotNull(policy.GetDelay(new TelegramApiException("sendMessage", 502, "Bad Gateway"), 1));
        Assert.NotNull(policy.GetDelay(new TelegramTransportException("sendMessage", TelegramTransportFailure.Timeout, "timeout"), 1));
        Assert.Null(policy.GetDelay(new TelegramApiException("sendMessage", 403, "Forbidden: bot was blocked by the user"), 1));
        Assert.Null(policy.GetDelay(new InvalidOperationException(), 1));
    }

    [Fact]
    public async Task ExecuteAsync_ServerErrorsUntilLastAttempt_ThrowsTheLast()
    {
        var calls = 0;
        var running = NewPolicy().ExecuteAsync<int>(
            "getMe",
            _ =>
            {
                calls++;
                throw new TelegramApiException("getMe", 500, "Internal Server Error");
            },
            3,
            CancellationToken.None);
        while (!running.IsCompleted)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        await Assert.ThrowsAsync<TelegramApiException>(() => running);
        Assert.Equal(3, calls);
    }

    private TelegramRetryPolicy NewPolicy(TelegramOptions? options = null) =>
        new(Options.Create(options ?? new TelegramOptions()), _time, new TelegramRandom(new Random(7)), NullLogger<TelegramRetryPolicy>.Instance);
}
