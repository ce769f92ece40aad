namespace SupportBot.Server.Channels.Telegram;

/// <summary>Handles one incoming update; the receivers call it in order per chat.</summary>
internal interface ITelegramUpdateHandler
{
    /// <summary>Handles <paramref name="update"/>; throws only for cancellation or a bug.</summary>
    Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken);
}
