namespace SupportBot.Server.Channels.Telegram;

/// <summary>The bot's webhook as Telegram sees it (Bot API <c>WebhookInfo</c>).</summary>
internal sealed record TelegramWebhookInfo
{
    public string? Url { get; init; }

    public bool HasCustomCertificate { get; init; }

    public int PendingUpdateCount { get; init; }

    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public int? MaxConnections { get; init; }
}
