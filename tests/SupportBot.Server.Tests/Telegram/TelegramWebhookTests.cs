using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingBot _bot = new();
    private FakeBotApi _api = null!;
    private WebhookTestApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _app = await WebhookTestApp.StartAsync(_api.BaseUrl, _bot, _directory.File("bot.db"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("webhook-secret_4")]
    [InlineData("webhook-secret_42x")]
    [InlineData("WEBHOOK-SECRET_42")]
    public async Task Post_WrongOrMissingSecret_Is403AndNothingIsHandled(string? secret)
    {
        using var response = await _app.PostAsync(Update(1, "привет"), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_bot.Received);
        Assert.Contains(_app.Logs.Lines, l => l.EventId.Id == 6011);
    }

    [Fact]
    public async Task Post_RightSecret_Is200AndTheUpdateReachesTheBot()
    {
        using var response = await _app.PostAsync(Update(10, "Не печатает принтер"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WaitForAsync(1);
        Assert.Equal("Не печатает принтер", _bot.Received[0].Text);
        await WaitForAsync(() => _api.CallsTo("sendMessage").Count == 1);
    }

    [Fact]
    public async Task Post_SameUpdateDeliveredThreeTimes_HandledOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await _app.PostAsync(Update(20, "дубль"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var other = await _app.PostAsync(Update(21, "другое")))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        await _bot.WaitForAsync(2);
        await Task.Delay(200);
        Assert.Equal(["дубль", "другое"], _bot.Received.Select(a => a.Text));
    }

    [Fact]
    public async Task Post_UpdateRepeatedAfterARestart_IsNotHandledAgain()
    {
        using (await _app.PostAsync(Update(30, "до перезапуска")))
        {
        }

        await _bot.WaitForAsync(1);
        await WaitForAsync(() => _api.CallsTo("sendMessage").Count == 1);
        await Task.Delay(100);
        await _app.DisposeAsync();
        _app = await WebhookTestApp.StartAsync(_api.BaseUrl, _bot, _directory.File("bot.db"));

        using var again = await _app.PostAsync(Update(30, "до перезапуска"));
        using var fresh = await _app.PostAsync(Update(31, "после"));

        await _bot.WaitForAsync(2);
        await Task.Delay(200);
        Assert.Equal(["до перезапуска", "после"], _bot.Received.Select(a => a.Text));
    }

    [Fact]
    public async Task Handling_MarksOlderThanADay_AreForgottenAndNewOnesKept()
    {
        var botId = _app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotId;
        var database = _app.Services.GetRequiredService<Core.Storage.SqliteDatabase>();
        var twoDaysAgo = new Infrastructure.FixedTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        await new SqliteTelegramOffsetStore(database, twoDaysAgo).MarkHandledAsync(botId, 5, CancellationToken.None);
        var recently = new Infrastructure.FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        await new SqliteTelegramOffsetStore(database, recently).MarkHandledAsync(botId, 6, CancellationToken.None);

        using (await _app.PostAsync(Update(40, "новое")))
        {
        }

        await _bot.WaitForAsync(1);
        var store = _app.Services.GetRequiredService<ITelegramOffsetStore>();
        var offset = await store.LoadAsync(botId, CancellationToken.None);
        for (var waited = 0; !offset.HandledAfter.Contains(40) && waited < 200; waited++)
        {
            await Task.Delay(50);
            offset = await store.LoadAsync(botId, CancellationToken.None);
        }

        Assert.Equal([6L, 40L], offset.HandledAfter.Order());
    }

    [Theory]
    [InlineData("{\"update_id\":")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task Post_MalformedBody_Is400(string body)
    {
        using var response = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task Post_UpdateWeCannotRead_Is200SoTelegramStopsRepeatingIt()
    {
        using var response = await _app.PostRawAsync("""{"update_id":77,"message":{"chat":"broken"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task Post_InPollingMode_Is404()
    {
        await using var polling = await WebhookTestApp.StartAsync(_api.BaseUrl, new RecordingBot(), _directory.File("polling.db"), mode: "Polling");

        using var response = await polling.PostAsync(Update(1, "x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RegisterAsync_SetsWebhookWithItsSecret()
    {
        var registrar = _app.Services.GetRequiredService<TelegramWebhookRegistrar>();

        await registrar.RegisterAsync(CancellationToken.None);
        await registrar.DeleteAsync(dropPendingUpdates: false, CancellationToken.None);
        var info = await registrar.GetInfoAsync(CancellationToken.None);

        var set = Assert.Single(_api.CallsTo("setWebhook")).Body;
        Assert.Equal("https://bot.example.com/telegram/webhook", set["url"]!.GetValue<string>());
        Assert.Equal(WebhookTestApp.Secret, set["secret_token"]!.GetValue<string>());
        Assert.Contains("callback_query", set["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(set["drop_pending_updates"]!.GetValue<bool>());
        Assert.Single(_api.CallsTo("deleteWebhook"));
        Assert.Equal(0, info.PendingUpdateCount);
    }

    [Fact]
    public async Task StartAsync_RegisterOnStart_SetsTheWebhookOnceAndSurvivesAFailure()
    {
        await using (await WebhookTestApp.StartAsync(_api.BaseUrl, new RecordingBot(), _directory.File("start.db"), registerOnStart: true))
        {
            Assert.Equal(WebhookTestApp.Secret, Assert.Single(_api.CallsTo("setWebhook")).Body["secret_token"]!.GetValue<string>());
        }

        _api.Fail("setWebhook", FakeFault.BadRequest("Bad Request: bad webhook: HTTPS url must be provided for webhook"));
        await using var failed = await WebhookTestApp.StartAsync(_api.BaseUrl, new RecordingBot(), _directory.File("start.db"), registerOnStart: true);

        Assert.Contains(failed.Logs.Lines, l => l.EventId.Id == 6018);
        using var response = await failed.PostAsync(Update(90, "всё равно работает"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AcceptAsync_QueueFull_RefusesForgetsAndAcceptsTheRepeatLater()
    {
        var inbox = new SqliteTelegramInbox(new SupportBot.Core.Storage.SqliteDatabase(_directory.File("queue.db")), TimeProvider.System);
        var queue = new TelegramWebhookQueue(inbox, Options.Create(new TelegramOptions { BotToken = FakeBotApi.Token, WebhookQueueCapacity = 1 }));
        var first = new TelegramUpdate { UpdateId = 1 };
        var second = new TelegramUpdate { UpdateId = 2 };

        Assert.Equal(WebhookAcceptance.Accepted, await queue.AcceptAsync(first, "{\"update_id\":1}", CancellationToken.None));
        Assert.Equal(WebhookAcceptance.Duplicate, await queue.AcceptAsync(first, "{\"update_id\":1}", CancellationToken.None));
        Assert.Equal(WebhookAcceptance.Full, await queue.AcceptAsync(second, "{\"update_id\":2}", CancellationToken.None));
        Assert.Equal(["{\"update_id\":1}"], await inbox.PendingAsync("123456", CancellationToken.None));
        Assert.True(queue.Reader.TryRead(out _));
        Assert.Equal(WebhookAcceptance.Accepted, await queue.AcceptAsync(second, "{\"update_id\":2}", CancellationToken.None));
    }

    [Fact]
    public async Task Post_AnsweredButNotHandledBeforeAStop_IsHandledAfterTheRestart()
    {
        var started = new TaskCompletionSource();
        _bot.Reply = async (turn, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        using (var response = await _app.PostAsync(Update(40, "застрял")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await _app.DisposeAsync();
        _bot.Reply = RecordingBot.DefaultReplyAsync;
        _app = await WebhookTestApp.StartAsync(_api.BaseUrl, _bot, _directory.File("bot.db"));

        await _bot.WaitForAsync(2);
        await WaitForAsync(() => _api.CallsTo("sendMessage").Count == 1);
        Assert.Equal(["застрял", "застрял"], _bot.Received.Select(a => a.Text));
        Assert.Equal("Вы написали: застрял", _api.CallsTo("sendMessage")[0].Body["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("ab", "abc", false)]
    [InlineData("", "abc", false)]
    [InlineData(null, "abc", false)]
    public void SecretMatches_ComparesExactly(string? presented, string expected, bool matches)
    {
        Assert.Equal(matches, TelegramWebhookEndpoints.SecretMatches(presented, expected));
    }

    private static JsonObject Update(long id, string text) => new() { ["update_id"] = id, ["message"] = FakeBotApi.Message(500 + id, text) };

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }
}
