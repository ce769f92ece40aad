namespace SupportBot.Server.Channels.Telegram;

/// <summary>Why a request failed and how to recover (Bot API <c>ResponseParameters</c>).</summary>
internal sealed record TelegramResponseParameters
{
    /// <summary>Seconds to wait before repeating a request that hit flood control (429).</summary>
    public int? RetryAfter { get; init; }

    /// <summary>The supergroup a group moved to.</summary>
    public long? MigrateToChatId { get; init; }
}
