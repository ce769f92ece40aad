using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>sendChatAction</c>: "typing…" for about five seconds or until the next message.</summary>
internal sealed record SendChatActionRequest : TelegramRequest<bool?>
{
    public required long ChatId { get; init; }

    public required string Action { get; init; }

    internal override string MethodName => "sendChatAction";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.SendChatActionRequest;

    internal override JsonTypeInfo<TelegramResponse<bool?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableBoolean;
}
