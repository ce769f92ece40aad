using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>editMessageReplyMarkup</c>: replaces (or, with an empty keyboard, removes) a message's buttons. Telegram answers the edited message (or true); telegram-test-api answers null; nothing is read from it.</summary>
internal sealed record EditMessageReplyMarkupRequest : TelegramRequest<JsonElement?>
{
    public required long ChatId { get; init; }

    public required long MessageId { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    internal override string MethodName => "editMessageReplyMarkup";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.EditMessageReplyMarkupRequest;

    internal override JsonTypeInfo<TelegramResponse<JsonElement?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableJsonElement;

    internal override long? TargetChatId => ChatId;
}
