using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramSendQueueTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task SendAsync_FloodControl_WaitsRetryAfterAndSendsOnce()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot());
        _api.Fail("sendMessage", FakeFault.TooManyRequests(1));

        var sent = await services.Get<TelegramSendQueue>().SendAsync(Message(7, "после паузы"), CancellationToken.None);

        var calls = _api.CallsTo("sendMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.95), $"waited {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
        Assert.True(sent.MessageId > 0);
        Assert.Empty(await services.Get<ITelegramDeadLetterStore>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_ServerErrorsAndATimeout_RetriesUntilSent()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), new Dictionary<string, string?> { ["RequestTimeout"] = "00:00:00.300" });
        _api.Fail("sendMessage", FakeFault.ServerError(), FakeFault.BadGateway(), FakeFault.Hang(TimeSpan.FromSeconds(2)));

        await services.Get<TelegramSendQueue>().SendAsync(Message(7, "дошло"), CancellationToken.None);

        Assert.Equal(4, _api.CallsTo("sendMessage").Count);
        Assert.Contains(services.Logs.Lines, l => l.EventId.Id == 6002 && l.Message.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_PermanentError_IsDeadLetteredAndRaised()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot());
        _api.Fail("sendMessage", FakeFault.BadRequest("Forbidden: bot was blocked by the user"));

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => services.Get<TelegramSendQueue>().SendAsync(Message(99, "не дойдёт"), CancellationToken.None));

        var letter = Assert.Single(await services.Get<ITelegramDeadLetterStore>().ListAsync(10, CancellationToken.None));
        Assert.Equal(99, letter.ChatId);
        Assert.Equal("sendMessage", letter.Method);
        Assert.Contains("не дойдёт", letter.Payload, StringComparison.Ordinal);
        Assert.Equal(1, letter.Attempts);
        Assert.Contains("blocked", letter.Error, StringComparison.Ordinal);
        Assert.Equal(400, error.ErrorCode);
        Assert.Contains(services.Logs.Lines, l => l.EventId.Id == 6003);
    }

    [Fact]
    public async Task SendAsync_ServerErrorEveryTime_IsDeadLetteredAfterAllAttempts()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), new Dictionary<string, string?> { ["MaxSendAttempts"] = "3" });
        _api.Fail("sendMessage", Enumerable.Repeat(FakeFault.ServerError(), 3).ToArray());

        await Assert.ThrowsAsync<TelegramApiException>(() => services.Get<TelegramSendQueue>().SendAsync(Message(5, "x"), CancellationToken.None));

        Assert.Equal(3, _api.CallsTo("sendMessage").Count);
        Assert.Equal(3, Assert.Single(await services.Get<ITelegramDeadLetterStore>().ListAsync(10, CancellationToken.None)).Attempts);
    }

    [Fact]
    public async Task SendAsync_Burst_KeepsPerChatOrderIntervalAndGlobalLimit()
    {
        var perChat = TimeSpan.FromMilliseconds(200);
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), new Dictionary<string, string?>
        {
            ["PerChatInterval"] = "00:00:00.200",
            ["GlobalMessagesPerSecond"] = "10",
        });
        var queue = services.Get<TelegramSendQueue>();

        var sends = Enumerable.Range(0, 6).SelectMany(chat => Enumerable.Range(0, 4).Select(n => (Chat: 100L + chat, N: n)))
            .Select(m => queue.SendAsync(Message(m.Chat, $"{m.Chat}:{m.N}"), CancellationToken.None));
        await Task.WhenAll(sends);

        var calls = _api.CallsTo("sendMessage");
        Assert.Equal(24, calls.Count);
        foreach (var chat in calls.GroupBy(c => c.Body["chat_id"]!.GetValue<long>()))
        {
            var ordered = chat.OrderBy(c => c.At).ToArray();
            Assert.Equal(Enumerable.Range(0, 4).Select(n => $"{chat.Key}:{n}"), ordered.Select(c => c.Body["text"]!.GetValue<string>()));
            for (var i = 1; i < ordered.Length; i++)
            {
                // Measured where the messages arrive.
                Assert.True(ordered[i].At - ordered[i - 1].At >= perChat, $"chat {chat.Key}: {(ordered[i].At - ordered[i - 1].At).TotalMilliseconds} ms");
            }
        }

        Assert.True(RateMeter.MaxInWindow(calls.Select(c => c.At), TimeSpan.FromSeconds(1)) <= 10);
        Assert.True(calls[^1].At - calls[0].At >= TimeSpan.FromSeconds(1.9), "24 messages at 10/s take more than two seconds");
    }

    [Fact]
    public async Task SendAsync_RequestWithoutChat_IsRefused()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot());

        await Assert.ThrowsAsync<ArgumentException>(() => services.Get<TelegramSendQueue>().SendAsync(new GetMeRequest(), CancellationToken.None));
    }

    private static SendMessageRequest Message(long chat, string text) => new() { ChatId = chat, Text = text, ParseMode = "HTML" };
}
