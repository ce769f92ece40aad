using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramPollingReceiverTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Receive_PeerRepeatsEveryUpdate_EachHandledOnce()
    {
        _api.RepeatEverything = true;
        var ids = Enumerable.Range(1, 5).Select(i => _api.AddMessage(i, $"сообщение {i}")).ToArray();
        var handler = new CountingUpdateHandler();
        await using var services = Services(handler);

        // Long enough for several polls that all return the same five updates.
        await services.PollUntilAsync(() => _api.CallsTo("getUpdates").Count >= 4);

        Assert.Equal(ids, handler.Counts.Keys.Order());
        Assert.All(handler.Counts.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Receive_PeerWithoutOffsets_HandlesAllAndConfirms()
    {
        _api.OffsetSemantics = false;
        var ids = Enumerable.Range(1, 3).Select(i => _api.AddMessage(i, "x")).ToArray();
        var handler = new CountingUpdateHandler();
        await using var services = Services(handler);

        // The next getUpdates comes only after the batch is confirmed.
        await services.PollUntilAsync(() => handler.Total == 3 && _api.CallsTo("getUpdates").Count >= 2);

        var offset = await services.Get<ITelegramOffsetStore>().LoadAsync("123456", CancellationToken.None);
        Assert.Equal(ids.Max(), offset.LastConfirmed);
        Assert.Empty(offset.HandledAfter);
    }

    [Fact]
    public async Task Receive_RestartInTheMiddleOfABatch_NothingLostNothingTwice()
    {
        // 40 updates from 8 chats in one batch; the first run is stopped after 9 are done.
        var ids = Enumerable.Range(0, 40).Select(i => _api.AddMessage(100 + (i % 8), $"m{i}")).ToArray();
        var handler = new CountingUpdateHandler();
        var first = Services(handler);
        var receiver = first.Receiver;
        var stopped = new TaskCompletionSource();
        handler.OnHandled = total =>
        {
            if (total == 9)
            {
                stopped.TrySetResult();
            }
        };
        await receiver.StartAsync(CancellationToken.None);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await receiver.StopAsync(CancellationToken.None);
        await first.DisposeAsync();
        var afterFirstRun = handler.Total;
        Assert.InRange(afterFirstRun, 9, 39);

        handler.OnHandled = null;
        await using var second = Services(handler);
        await second.PollUntilAsync(() => handler.Total >= ids.Length && _api.CallsTo("getUpdates").Count >= 3);

        Assert.Equal(ids, handler.Counts.Keys.Order());
        Assert.All(handler.Counts, pair => Assert.True(pair.Value == 1, $"update {pair.Key} handled {pair.Value} times"));
    }

    [Fact]
    public async Task Receive_OneChatsUpdates_AreHandledInOrder()
    {
        var order = new List<long>();
        var handler = new OrderRecordingHandler(order);
        var ids = Enumerable.Range(0, 12).Select(i => _api.AddMessage(7, $"m{i}")).ToArray();
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), databasePath: _directory.File("bot.db"), configure: s => s.AddSingleton<ITelegramUpdateHandler>(handler));

        await services.PollUntilAsync(() => order.Count == ids.Length);

        Assert.Equal(ids, order);
    }

    [Fact]
    public async Task Receive_MalformedJsonServerErrorsAndATimeout_RecoversAndHandlesEverything()
    {
        _api.Fail("getUpdates", FakeFault.Malformed(), FakeFault.ServerError(), FakeFault.BadGateway(), FakeFault.Hang(TimeSpan.FromSeconds(4)));
        var ids = Enumerable.Range(1, 4).Select(i => _api.AddMessage(i, "x")).ToArray();
        var handler = new CountingUpdateHandler();
        await using var services = Services(handler, new Dictionary<string, string?> { ["RequestTimeout"] = "00:00:00.500" });

        await services.PollUntilAsync(() => handler.Total == ids.Length);

        Assert.All(handler.Counts.Values, n => Assert.Equal(1, n));
        var failures = services.Logs.Lines.Where(l => l.EventId.Id == 6005).Select(l => l.Message).ToArray();
        Assert.Contains(failures, m => m.Contains("MalformedResponse", StringComparison.Ordinal));
        Assert.Contains(failures, m => m.Contains("error 500", StringComparison.Ordinal));
        Assert.Contains(failures, m => m.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receive_Conflict_IsReportedPlainlyAndPollingGoesOn()
    {
        _api.Fail("getUpdates", FakeFault.Conflict());
        _api.AddMessage(1, "x");
        var handler = new CountingUpdateHandler();
        await using var services = Services(handler);

        await services.PollUntilAsync(() => handler.Total == 1, TimeSpan.FromSeconds(30));

        var conflict = Assert.Single(services.Logs.Lines, l => l.EventId.Id == 6004);
        Assert.Contains("another instance is polling", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("terminated by other getUpdates request", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_UnreadableUpdate_IsSkippedAndTheRestHandled()
    {
        var good1 = _api.AddMessage(1, "a");
        var bad = _api.AddUpdate(new JsonObject { ["message"] = new JsonObject { ["chat"] = "not an object", ["text"] = 5 } });
        var good2 = _api.AddMessage(2, "b");
        var handler = new CountingUpdateHandler();
        await using var services = Services(handler);

        await services.PollUntilAsync(() => handler.Total == 2);

        Assert.Equal([good1, good2], handler.Counts.Keys.Order());
        Assert.Contains(services.Logs.Lines, l => l.EventId.Id == 6009 && l.Message.Contains(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receive_HandlerThrows_UpdateIsLoggedConfirmedAndNextOneHandled()
    {
        var failing = _api.AddMessage(1, "boom");
        var next = _api.AddMessage(2, "ok");
        var handler = new ThrowingHandler(failing);
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), databasePath: _directory.File("bot.db"), configure: s => s.AddSingleton<ITelegramUpdateHandler>(handler));

        await services.PollUntilAsync(() => handler.Handled.Contains(next) && services.Logs.Lines.Any(l => l.EventId.Id == 6008));

        var failure = Assert.Single(services.Logs.Lines, l => l.EventId.Id == 6008);
        Assert.Contains("boom", failure.Exception, StringComparison.Ordinal);
        Assert.Contains(failing.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
    }

    private TelegramTestServices Services(CountingUpdateHandler handler, IReadOnlyDictionary<string, string?>? settings = null) =>
        TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), settings, _directory.File("bot.db"), configure: s => s.AddSingleton<ITelegramUpdateHandler>(handler));

    private sealed class OrderRecordingHandler(List<long> order) : ITelegramUpdateHandler
    {
        public async Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken)
        {
            // Later updates finish sooner: out-of-order handling would show.
            await Task.Delay(Random.Shared.Next(1, 20), cancellationToken);
            lock (order)
            {
                order.Add(update.UpdateId);
            }
        }
    }

    private sealed class ThrowingHandler(long failing) : ITelegramUpdateHandler
    {
        public System.Collections.Concurrent.ConcurrentBag<long> Handled { get; } = [];

        public Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken)
        {
            if (update.UpdateId == failing)
            {
                throw new InvalidOperationException("boom");
            }

            Handled.Add(update.UpdateId);
            return Task.CompletedTask;
        }
    }
}
