using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>getWebhookInfo</c>.</summary>
internal sealed record GetWebhookInfoRequest : TelegramRequest<TelegramWebhookInfo>
{

    internal override string MethodName => "getWebhookInfo";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.GetWebhookInfoRequest;

    internal override JsonTypeInfo<TelegramResponse<TelegramWebhookInfo>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseTelegramWebhookInfo;
}
