using System.Text.Json.Nodes;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramUpdateHandlerTests : IAsyncLifetime
{
    private readonly RecordingBot _bot = new();
    private FakeBotApi _api = null!;
    private TelegramTestServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _services = TelegramTestServices.Create(_api.BaseUrl, _bot);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    private ITelegramUpdateHandler Handler => _services.Get<ITelegramUpdateHandler>();

    [Fact]
    public async Task HandleAsync_PrivateText_ReachesTheBotAndTheReplyIsEscapedHtml()
    {
        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(42, "<script> & \"привет\"") });

        var activity = Assert.Single(_bot.Received);
        Assert.Equal("<script> & \"привет\"", activity.Text);
        var sent = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.Equal(42, sent["chat_id"]!.GetValue<long>());
        Assert.Equal("HTML", sent["parse_mode"]!.GetValue<string>());
        Assert.Equal("Вы написали: &lt;script&gt; &amp; \"привет\"", sent["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_ReplyWithButtons_IsAnInlineKeyboardAndAPressIsTheSameActivityAsTyping()
    {
        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(42, "кнопки") });
        var keyboard = _api.CallsTo("sendMessage")[0].Body["reply_markup"]!["inline_keyboard"]!.AsArray();
        Assert.Equal(["Сбросить пароль", "Позвать оператора"], keyboard.Select(row => row![0]!["text"]!.GetValue<string>()));
        var data = keyboard[0]![0]!["callback_data"]!.GetValue<string>();

        await HandleAsync(Press(42, messageId: 500, data, "cb-1"));
        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(42, "Сбросить пароль") });

        Assert.Equal(3, _bot.Received.Count);
        var pressed = _bot.Received[1];
        var typed = _bot.Received[2];
        Assert.Equal(typed with { Id = null, Timestamp = null }, pressed with { Id = null, Timestamp = null });
        Assert.Equal("cb-1", Assert.Single(_api.CallsTo("answerCallbackQuery")).Body["callback_query_id"]!.GetValue<string>());
        var edit = Assert.Single(_api.CallsTo("editMessageReplyMarkup")).Body;
        Assert.Equal(500, edit["message_id"]!.GetValue<long>());
        Assert.Empty(edit["reply_markup"]!["inline_keyboard"]!.AsArray());
    }

    [Fact]
    public async Task HandleAsync_SameKeyboardPressedTwice_SecondPressIsOnlyAnswered()
    {
        await HandleAsync(Press(42, 600, "=Да", "cb-1"));
        await HandleAsync(Press(42, 600, "=Нет", "cb-2"));

        Assert.Equal("Да", Assert.Single(_bot.Received).Text);
        var answers = _api.CallsTo("answerCallbackQuery");
        Assert.Equal(2, answers.Count);
        Assert.Equal("Уже получил ваш ответ.", answers[1].Body["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("#AAAAAAAAAAAAAAAA")]
    [InlineData("forged")]
    [InlineData(null)]
    public async Task HandleAsync_PressWithUnknownData_IsAnsweredAsExpiredAndNoTurn(string? data)
    {
        await HandleAsync(Press(42, 700, data, "cb-x"));

        Assert.Empty(_bot.Received);
        Assert.Equal("Эта кнопка устарела. Напишите, пожалуйста, ответ текстом.", Assert.Single(_api.CallsTo("answerCallbackQuery")).Body["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sticker", "ru", "Я пока понимаю только текст. Пожалуйста, опишите вопрос словами.")]
    [InlineData("photo", "en", "I can only read text for now. Please describe your question in words.")]
    [InlineData("voice", "ru", "Я пока понимаю только текст. Пожалуйста, опишите вопрос словами.")]
    [InlineData("document", "en-US", "I can only read text for now. Please describe your question in words.")]
    public async Task HandleAsync_MediaInPrivateChat_GetsAPoliteReplyAndNoTurn(string kind, string language, string reply)
    {
        var message = FakeBotApi.Message(42, null, language);
        message[kind] = kind == "photo" ? new JsonArray(new JsonObject { ["file_id"] = "f" }) : new JsonObject { ["file_id"] = "f" };

        await HandleAsync(new JsonObject { ["message"] = message });

        Assert.Empty(_bot.Received);
        Assert.Equal(reply, Assert.Single(_api.CallsTo("sendMessage")).Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_EditedMessage_AsksForANewMessage()
    {
        await HandleAsync(new JsonObject { ["edited_message"] = FakeBotApi.Message(42, "исправил", "ru") });

        Assert.Empty(_bot.Received);
        Assert.StartsWith("Я не вижу изменённых сообщений", Assert.Single(_api.CallsTo("sendMessage")).Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GroupsChannelsAndMembership_AreIgnoredAndLogged()
    {
        var updates = new[]
        {
            new JsonObject { ["message"] = FakeBotApi.Message(42, "всем привет", chatType: "group", chatId: -100) },
            new JsonObject { ["message"] = FakeBotApi.Message(42, "всем привет", chatType: "supergroup", chatId: -1001) },
            new JsonObject { ["channel_post"] = FakeBotApi.Message(42, "новость", chatType: "channel", chatId: -1002) },
            new JsonObject { ["edited_channel_post"] = FakeBotApi.Message(42, "новость", chatType: "channel", chatId: -1002) },
            new JsonObject { ["my_chat_member"] = new JsonObject { ["chat"] = new JsonObject { ["id"] = 42, ["type"] = "private" }, ["from"] = new JsonObject { ["id"] = 42, ["is_bot"] = false } } },
            new JsonObject { ["poll_answer"] = new JsonObject { ["poll_id"] = "1" } },
        };
        foreach (var update in updates)
        {
            await HandleAsync(update);
        }

        Assert.Empty(_bot.Received);
        Assert.Empty(_api.CallsTo("sendMessage"));
        Assert.Equal(updates.Length, _services.Logs.Lines.Count(l => l.EventId.Id == 6009));
    }

    [Fact]
    public async Task HandleAsync_LongAnswerWithButtons_IsSplitAndTheKeyboardRidesOnTheLastPart()
    {
        var answer = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"**Шаг {i}.** " + new string('ш', 450) + " <готово> & далее"));
        _bot.Reply = (turn, ct) => turn.SendTextAsync(answer, ct, SuggestedActions.ImBack("Помогло", "Не помогло"));

        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(42, "длинный ответ") });

        var parts = _api.CallsTo("sendMessage");
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.Body["text"]!.GetValue<string>().Length <= 4096));
        Assert.False(parts[0].Body.ContainsKey("reply_markup"));
        Assert.Equal(2, parts[1].Body["reply_markup"]!["inline_keyboard"]!.AsArray().Count);
        Assert.StartsWith("<b>Шаг 1.</b>", parts[0].Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SlowTurn_ShowsTypingAndSurvivesAPeerWithoutChatActions()
    {
        await using var services = TelegramTestServices.Create(_api.BaseUrl, _bot, new Dictionary<string, string?> { ["TypingDelay"] = "00:00:00", ["TypingInterval"] = "00:00:00.100" });
        _api.Fail("sendChatAction", new FakeFault(500, """{"message":"API method 'sendChatAction' is not supported."}"""));
        _bot.Reply = async (turn, ct) =>
        {
            await Task.Delay(450, ct);
            await turn.SendTextAsync("готово", ct);
        };

        await services.Get<ITelegramUpdateHandler>().HandleAsync(Update(new JsonObject { ["message"] = FakeBotApi.Message(42, "думай") }), CancellationToken.None);

        Assert.InRange(_api.CallsTo("sendChatAction").Count, 2, 6);
        Assert.Equal("typing", _api.CallsTo("sendChatAction")[^1].Body["action"]!.GetValue<string>());
        Assert.Equal("готово", Assert.Single(_api.CallsTo("sendMessage")).Body["text"]!.GetValue<string>());
        var typingAfterAnswer = _api.CallsTo("sendChatAction").Count;
        await Task.Delay(300);
        Assert.Equal(typingAfterAnswer, _api.CallsTo("sendChatAction").Count);
    }

    [Fact]
    public async Task HandleAsync_BotSendsTypingActivity_BecomesAChatAction()
    {
        _bot.Reply = (turn, ct) => turn.SendActivityAsync(Activity.Typing(), ct);

        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(42, "x") });

        Assert.Single(_api.CallsTo("sendChatAction"));
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task ContinueConversationAsync_StoredReference_SendsAProactiveMessage()
    {
        await HandleAsync(new JsonObject { ["message"] = FakeBotApi.Message(4242, "позовите оператора") });
        var reference = _bot.Received[0].GetConversationReference();
        var adapter = _services.Get<TelegramAdapter>();

        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendTextAsync("Оператор **Анна**: перезагрузите роутер", ct), CancellationToken.None);

        var sent = _api.CallsTo("sendMessage")[^1].Body;
        Assert.Equal(4242, sent["chat_id"]!.GetValue<long>());
        Assert.Equal("Оператор <b>Анна</b>: перезагрузите роутер", sent["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendActivitiesAsync_NonNumericConversation_IsAClearError()
    {
        var adapter = _services.Get<TelegramAdapter>();
        var reference = new ConversationReference { ChannelId = "telegram", Conversation = new ConversationAccount { Id = "webchat-123" } };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendTextAsync("x", ct), CancellationToken.None));

        Assert.Contains("webchat-123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildKeyboardAsync_UrlAndLongButtons_AreUrlButtonsAndStoredIds()
    {
        var adapter = _services.Get<TelegramAdapter>();
        var actions = new SuggestedActions
        {
            Actions =
            [
                new CardAction { Type = "openUrl", Title = "Инструкция", Value = "https://wiki.example.com/vpn" },
                new CardAction { Type = "openUrl", Title = "Плохая ссылка", Value = "javascript:alert(1)" },
                CardAction.ImBack(new string('д', 80)),
                new CardAction { Type = "imBack", Title = " ", Value = null },
            ],
        };

        var keyboard = await adapter.BuildKeyboardAsync(actions, CancellationToken.None);

        Assert.NotNull(keyboard);
        Assert.Equal(2, keyboard.InlineKeyboard.Count);
        Assert.Equal("https://wiki.example.com/vpn", keyboard.InlineKeyboard[0][0].Url);
        Assert.StartsWith("#", keyboard.InlineKeyboard[1][0].CallbackData, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(keyboard.InlineKeyboard[1][0].CallbackData!) <= 64);
    }

    private Task HandleAsync(JsonObject update) => Handler.HandleAsync(Update(update), CancellationToken.None);

    private static TelegramUpdate Update(JsonObject update)
    {
        update["update_id"] ??= 1;
        return TelegramUpdateReader.Read(System.Text.Json.JsonSerializer.SerializeToElement(update)).Update ?? throw new InvalidOperationException("unreadable test update");
    }

    private static JsonObject Press(long chatId, long messageId, string? data, string id)
    {
        var message = FakeBotApi.Message(chatId, "Выберите вариант:");
        message["message_id"] = messageId;
        var callback = new JsonObject { ["id"] = id, ["from"] = message["from"]!.DeepClone(), ["message"] = message, ["chat_instance"] = "ci" };
        if (data is not null)
        {
            callback["data"] = data;
        }

        return new JsonObject { ["callback_query"] = callback };
    }
}
