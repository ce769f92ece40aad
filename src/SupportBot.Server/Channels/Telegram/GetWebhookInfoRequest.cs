using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>getWebhookInfo</c>.</summary>
internal sealed record GetWebhookInfoRequest : TelegramRequest<TelegramWebhookInfo>
{

    internal override string MethodName => "getWebhookInfo";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Default.GetWebhookInfoRequest;

    internal override JsonTypeInfo<TelegramResponse<TelegramWebhookInfo>> ResponseTypeInfo => TelegramJsonContext.Default.TelegramResponseTelegramWebhookInfo;
}
