using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>getMe</c>: the bot's own account.</summary>
internal sealed record GetMeRequest : TelegramRequest<TelegramUser>
{

    internal override string MethodName => "getMe";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.GetMeRequest;

    internal override JsonTypeInfo<TelegramResponse<TelegramUser>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseTelegramUser;
}
