namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Webhook updates kept from the moment the webhook answers 200 until they are handled: Telegram will not send them
/// again, so a crash in between must not lose them.
/// </summary>
internal interface ITelegramInbox
{
    /// <summary>Keeps the update; false when it is already kept (a repeated delivery).</summary>
    Task<bool> AddAsync(string botId, long updateId, string json, CancellationToken cancellationToken);

    /// <summary>Updates kept but not yet removed, oldest first (to handle after a restart).</summary>
    Task<IReadOnlyList<string>> PendingAsync(string botId, CancellationToken cancellationToken);

    /// <summary>Forgets an update once handled (or when it could not be queued and Telegram will repeat it).</summary>
    Task RemoveAsync(string botId, long updateId, CancellationToken cancellationToken);
}
