using System.Net;
using System.Net.Sockets;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramBotClientTests : IAsyncLifetime
{
    private const string SecretHalf = "TEST-secret_token-ABCDEFGHIJ";

    private FakeBotApi _api = null!;
    private TelegramTestServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), new Dictionary<string, string?> { ["RequestTimeout"] = "00:00:02" });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    private ITelegramBotClient Client => _services.Get<ITelegramBotClient>();

    [Fact]
    public async Task SendRequestAsync_GetMe_ReadsTheResult()
    {
        var me = await Client.SendRequestAsync(new GetMeRequest(), CancellationToken.None);

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("support_test_bot", me.Username);
    }

    [Fact]
    public async Task SendRequestAsync_SendMessage_WritesSnakeCaseAndLeavesNullsOut()
    {
        var keyboard = new InlineKeyboardMarkup { InlineKeyboard = [[new InlineKeyboardButton { Text = "Да", CallbackData = "=Да" }]] };

        var sent = await Client.SendRequestAsync(new SendMessageRequest { ChatId = -1001234567890, Text = "<b>Привет</b>", ParseMode = "HTML", ReplyMarkup = keyboard }, CancellationToken.None);

        var body = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.Equal(-1001234567890, body["chat_id"]!.GetValue<long>());
        Assert.Equal("HTML", body["parse_mode"]!.GetValue<string>());
        Assert.Equal("=Да", body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.False(body["reply_markup"]!["inline_keyboard"]![0]![0]!.AsObject().ContainsKey("url"));
        Assert.True(sent.MessageId > 0);
    }

    [Fact]
    public async Task SendRequestAsync_FloodControl_CarriesCodeDescriptionAndRetryAfter()
    {
        _api.Fail("sendMessage", FakeFault.TooManyRequests(17));

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendRequestAsync(new SendMessageRequest { ChatId = 1, Text = "x" }, CancellationToken.None));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(17), error.RetryAfter);
        Assert.StartsWith("Too Many Requests", error.Description, StringComparison.Ordinal);
        Assert.Equal("sendMessage", error.Method);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task SendRequestAsync_MalformedJson_IsAMalformedResponse()
    {
        _api.Fail("getUpdates", FakeFault.Malformed());

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => Client.SendRequestAsync(new GetUpdatesRequest(), CancellationToken.None));

        Assert.Equal(TelegramTransportFailure.MalformedResponse, error.Failure);
        Assert.Equal(200, error.HttpStatus);
    }

    [Fact]
    public async Task SendRequestAsync_HtmlErrorPage_IsAMalformedResponseWithItsStatus()
    {
        _api.Fail("getMe", FakeFault.BadGateway());

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => Client.SendRequestAsync(new GetMeRequest(), CancellationToken.None));

        Assert.Equal(TelegramTransportFailure.MalformedResponse, error.Failure);
        Assert.Equal(502, error.HttpStatus);
    }

    [Fact]
    public async Task SendRequestAsync_ServerHangs_IsATimeoutNotACancellation()
    {
        _api.Fail("getMe", FakeFault.Hang(TimeSpan.FromSeconds(6)));

        var error = await Record.ExceptionAsync(() => Client.SendRequestAsync(new GetMeRequest(), CancellationToken.None));

        var transport = Assert.IsType<TelegramTransportException>(error);
        Assert.Equal(TelegramTransportFailure.Timeout, transport.Failure);
        Assert.IsNotAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task SendRequestAsync_CallerCancels_IsACancellation()
    {
        _api.Fail("getMe", FakeFault.Hang(TimeSpan.FromSeconds(6)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.SendRequestAsync(new GetMeRequest(), cancel.Token));
    }

    [Fact]
    public async Task SendRequestAsync_NothingListening_IsANetworkFailure()
    {
        await using var services = TelegramTestServices.Create($"http://127.0.0.1:{UnusedPort()}", new RecordingBot());

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => services.Get<ITelegramBotClient>().SendRequestAsync(new GetMeRequest(), CancellationToken.None));

        Assert.Equal(TelegramTransportFailure.Network, error.Failure);
    }

    [Fact]
    public async Task SendRequestAsync_TokenRejected_IsUnauthorized()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, new RecordingBot(), token: "123456:wrong-token-0000000000");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => services.Get<ITelegramBotClient>().SendRequestAsync(new GetMeRequest(), CancellationToken.None));

        Assert.Equal(401, error.ErrorCode);
    }

    [Fact]
    public async Task SendRequestAsync_EveryKindOfFailure_NeverShowsTheToken()
    {
        _api.Fail("getMe", FakeFault.Malformed(), FakeFault.BadGateway(), FakeFault.ServerError(), FakeFault.TooManyRequests(1), FakeFault.Hang(TimeSpan.FromSeconds(3)));
        var errors = new List<Exception>();
        for (var i = 0; i < 5; i++)
        {
            errors.Add((await Record.ExceptionAsync(() => Client.SendRequestAsync(new GetMeRequest(), CancellationToken.None)))!);
        }

        await using var offline = TelegramTestServices.Create($"http://127.0.0.1:{UnusedPort()}", new RecordingBot());
        errors.Add((await Record.ExceptionAsync(() => offline.Get<ITelegramBotClient>().SendRequestAsync(new GetMeRequest(), CancellationToken.None)))!);

        // The same failures through the send queue log, retry and dead-letter.
        _api.Fail("sendMessage", FakeFault.BadRequest("Bad Request: chat not found"));
        errors.Add((await Record.ExceptionAsync(() => _services.Get<TelegramSendQueue>().SendAsync(new SendMessageRequest { ChatId = 5, Text = "x" }, CancellationToken.None)))!);

        Assert.All(errors, Assert.NotNull);
        Assert.All(errors, e => Assert.DoesNotContain(SecretHalf, e.ToString(), StringComparison.Ordinal));
        Assert.NotEmpty(_services.Logs.Lines);
        Assert.DoesNotContain(SecretHalf, _services.Logs.AllText + offline.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Adapter_ServiceUrl_HasNoToken()
    {
        var adapter = _services.Get<TelegramAdapter>();

        Assert.DoesNotContain(SecretHalf, adapter.Bot.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal("123456", adapter.Bot.Id);
        Assert.True(adapter.Capabilities.SupportsButtons);
        Assert.IsAssignableFrom<BotAdapter>(adapter);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
