using System.Text.Json;
using System.Text.Json.Nodes;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramActivityMapperTests
{
    private static readonly TelegramBot Bot = new("123456", "support_test_bot", "https://api.telegram.org/");

    [Fact]
    public void FromMessage_PrivateText_MapsEveryField()
    {
        var message = Read(FakeBotApi.Message(777, "Не работает VPN", "ru"));

        var activity = TelegramActivityMapper.FromMessage(message, message.Text!, Bot);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("telegram", activity.ChannelId);
        Assert.Equal("777", activity.Conversation!.Id);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal("777", activity.From!.Id);
        Assert.Equal("Иван Петров", activity.From.Name);
        Assert.Equal("user", activity.From.Role);
        Assert.Equal("123456", activity.Recipient!.Id);
        Assert.Equal("ru", activity.Locale);
        Assert.Equal("Не работает VPN", activity.Text);
        Assert.Equal("https://api.telegram.org/", activity.ServiceUrl);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_764_547_200), activity.Timestamp);
        Assert.Equal(message.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), activity.Id);
    }

    [Fact]
    public void FromMessage_DateInMilliseconds_ReadsTheSameInstant()
    {
        var json = FakeBotApi.Message(1, "hi");
        json["date"] = 1_764_547_200_123;

        var activity = TelegramActivityMapper.FromMessage(Read(json), "hi", Bot);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_764_547_200_123), activity.Timestamp);
    }

    [Fact]
    public void FromCallback_ButtonPress_IsTheSameActivityAsTypingTheChoice()
    {
        var message = Read(FakeBotApi.Message(42, "Сбросить пароль", "ru"));
        var callback = new TelegramCallbackQuery { Id = "cb1", From = message.From!, Message = message with { Text = "Выберите:" }, Data = "=Сбросить пароль" };

        var typed = TelegramActivityMapper.FromMessage(message, message.Text!, Bot);
        var pressed = TelegramActivityMapper.FromCallback(callback, "Сбросить пароль", Bot, DateTimeOffset.UnixEpoch);

        Assert.Equal(typed with { Id = null, Timestamp = null }, pressed with { Id = null, Timestamp = null });
    }

    [Theory]
    [InlineData("/start", "/start")]
    [InlineData("/help@support_test_bot", "/help")]
    [InlineData("/status@support_test_bot T-000123", "/status T-000123")]
    [InlineData("/status T-000123", "/status T-000123")]
    [InlineData("/operator", "/operator")]
    [InlineData("e-mail me@example.com", "e-mail me@example.com")]
    [InlineData("/", "/")]
    public void NormalizeCommand_CommandsPassThroughWithoutBotName(string text, string expected)
    {
        Assert.Equal(expected, TelegramActivityMapper.NormalizeCommand(text));
    }

    [Fact]
    public void FromMessage_UserWithoutNameOrLanguage_UsesIdAndNoLocale()
    {
        var json = new JsonObject
        {
            ["message_id"] = 5,
            ["from"] = new JsonObject { ["id"] = 99, ["is_bot"] = false },
            ["chat"] = new JsonObject { ["id"] = 99, ["type"] = "private" },
            ["date"] = 0,
            ["text"] = "hello",
        };

        var activity = TelegramActivityMapper.FromMessage(Read(json), "hello", Bot);

        Assert.Equal("99", activity.From!.Name);
        Assert.Null(activity.Locale);
        Assert.Null(activity.Timestamp);
    }

    [Fact]
    public void TelegramUpdate_Kinds_AreRecognised()
    {
        var update = JsonSerializer.Deserialize("""{"update_id":1,"my_chat_member":{"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false}}}""", TelegramJsonContext.Default.TelegramUpdate)!;

        Assert.Equal("my_chat_member", update.Kind);
        Assert.Equal(5, update.ChatId);
    }

    private static TelegramMessage Read(JsonObject json) => json.Deserialize(TelegramJsonContext.Default.Options.GetTypeInfo(typeof(TelegramMessage))) as TelegramMessage ?? throw new InvalidOperationException();
}
