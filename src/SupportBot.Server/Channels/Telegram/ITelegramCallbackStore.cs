namespace SupportBot.Server.Channels.Telegram;

/// <summary>Button values too long for Telegram's 64-byte <c>callback_data</c>, kept under short ids.</summary>
internal interface ITelegramCallbackStore
{
    /// <summary>Keeps <paramref name="value"/> under <paramref name="id"/> (the same value always gets the same id).</summary>
    Task SaveAsync(string id, string value, CancellationToken cancellationToken);

    /// <summary>The value kept under <paramref name="id"/>, or null when there is none.</summary>
    Task<string?> FindAsync(string id, CancellationToken cancellationToken);
}
