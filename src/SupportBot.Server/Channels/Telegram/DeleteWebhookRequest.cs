using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>deleteWebhook</c>: back to getUpdates.</summary>
internal sealed record DeleteWebhookRequest : TelegramRequest<bool?>
{
    public bool? DropPendingUpdates { get; init; }

    internal override string MethodName => "deleteWebhook";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.DeleteWebhookRequest;

    internal override JsonTypeInfo<TelegramResponse<bool?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableBoolean;
}
