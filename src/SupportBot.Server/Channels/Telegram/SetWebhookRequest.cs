using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>setWebhook</c>: Telegram POSTs updates to <see cref="Url"/> with the secret in a header.</summary>
internal sealed record SetWebhookRequest : TelegramRequest<bool?>
{
    public required string Url { get; init; }

    public string? SecretToken { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public bool? DropPendingUpdates { get; init; }

    public int? MaxConnections { get; init; }

    internal override string MethodName => "setWebhook";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.SetWebhookRequest;

    internal override JsonTypeInfo<TelegramResponse<bool?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableBoolean;
}
