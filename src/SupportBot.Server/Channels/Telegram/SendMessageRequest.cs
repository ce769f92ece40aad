using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>sendMessage</c>.</summary>
internal sealed record SendMessageRequest : TelegramRequest<TelegramMessage>
{
    public required long ChatId { get; init; }

    public required string Text { get; init; }

    /// <summary>"HTML" for everything the bot writes.</summary>
    public string? ParseMode { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    internal override string MethodName => "sendMessage";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.SendMessageRequest;

    internal override JsonTypeInfo<TelegramResponse<TelegramMessage>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseTelegramMessage;

    internal override long? TargetChatId => ChatId;
}
