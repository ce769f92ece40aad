namespace SupportBot.Server.Channels.Telegram;

/// <summary>Where sends that failed for good are kept, so none is silently dropped.</summary>
internal interface ITelegramDeadLetterStore
{
    /// <summary>Keeps <paramref name="letter"/> and returns its id.</summary>
    Task<long> AddAsync(TelegramDeadLetter letter, CancellationToken cancellationToken);

    /// <summary>The most recent dead letters, newest first.</summary>
    Task<IReadOnlyList<TelegramDeadLetter>> ListAsync(int limit, CancellationToken cancellationToken);
}
