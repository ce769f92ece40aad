using System.Globalization;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Turns Telegram messages and button presses into the Activities every channel gives the bot.</summary>
internal static class TelegramActivityMapper
{
    public const string ChannelId = "telegram";

    /// <summary>The Activity for a typed message <paramref name="text"/>.</summary>
    public static Activity FromMessage(TelegramMessage message, string text, TelegramBot bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.From ?? new TelegramUser { Id = message.Chat.Id };
        return Build(from, message.Chat, NormalizeCommand(text), message.MessageId.ToString(CultureInfo.InvariantCulture), TelegramTime.FromUnix(message.Date), bot);
    }

    /// <summary>The Activity for a button press: the same as typing <paramref name="value"/> in the message's chat.</summary>
    public static Activity FromCallback(TelegramCallbackQuery callback, string value, TelegramBot bot, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var chat = callback.Message?.Chat ?? new TelegramChat { Id = callback.From.Id, Type = "private" };
        return Build(callback.From, chat, value, callback.Id, receivedAt, bot);
    }

    /// <summary>
    /// "/status@SupportBot T-1" → "/status T-1": Telegram adds the bot's name to commands picked from a menu; the bot
    /// understands the bare command.
    /// </summary>
    internal static string NormalizeCommand(string text)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return text;
        }

        var end = text.AsSpan().IndexOfAny(' ', '\n');
        var command = end < 0 ? text : text[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? text : command[..at] + (end < 0 ? "" : text[end..]);
    }

    private static Activity Build(TelegramUser from, TelegramChat chat, string text, string id, DateTimeOffset? timestamp, TelegramBot bot) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = timestamp,
        ChannelId = ChannelId,
        ServiceUrl = bot.ServiceUrl,
        From = new ChannelAccount { Id = from.Id.ToString(CultureInfo.InvariantCulture), Name = from.DisplayName, Role = "user" },
        Recipient = new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" },
        Conversation = new ConversationAccount
        {
            Id = chat.Id.ToString(CultureInfo.InvariantCulture),
            IsGroup = !chat.IsPrivate,
            Name = chat.Title,
        },
        Text = text,
        TextFormat = "plain",
        Locale = string.IsNullOrWhiteSpace(from.LanguageCode) ? null : from.LanguageCode,
    };
}
