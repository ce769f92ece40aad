namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Remembers which updates were handled, so a restart neither repeats nor skips one: each update is marked once
/// handled, and a batch is confirmed once all of it is.
/// </summary>
internal interface ITelegramOffsetStore
{
    /// <summary>Where <paramref name="botId"/> resumes.</summary>
    Task<TelegramOffset> LoadAsync(string botId, CancellationToken cancellationToken);

    /// <summary>Records that one update was handled.</summary>
    Task MarkHandledAsync(string botId, long updateId, CancellationToken cancellationToken);

    /// <summary>Records that every update up to <paramref name="lastUpdateId"/> was handled; never moves back.</summary>
    Task ConfirmAsync(string botId, long lastUpdateId, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the marks of updates handled before <paramref name="before"/> (webhook mode never confirms an offset,
    /// so its marks would otherwise pile up); returns how many went.
    /// </summary>
    Task<int> ForgetHandledBeforeAsync(string botId, DateTimeOffset before, CancellationToken cancellationToken);
}
