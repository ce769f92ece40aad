using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>editMessageText</c>. Telegram answers the edited message (or true); telegram-test-api answers null; nothing is read from it.</summary>
internal sealed record EditMessageTextRequest : TelegramRequest<JsonElement?>
{
    public required long ChatId { get; init; }

    public required long MessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    internal override string MethodName => "editMessageText";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.EditMessageTextRequest;

    internal override JsonTypeInfo<TelegramResponse<JsonElement?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableJsonElement;

    internal override long? TargetChatId => ChatId;
}
