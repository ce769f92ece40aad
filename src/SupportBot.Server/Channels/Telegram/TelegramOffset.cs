namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Where receiving resumes: every update up to <see cref="LastConfirmed"/> is done, and of the later ones those in
/// <see cref="HandledAfter"/> are done too (a batch cut short by a crash or a stop).
/// </summary>
internal sealed record TelegramOffset
{
    public required long LastConfirmed { get; init; }

    public required IReadOnlySet<long> HandledAfter { get; init; }

    /// <summary>True when <paramref name="updateId"/> was handled before.</summary>
    public bool IsHandled(long updateId) => updateId <= LastConfirmed || HandledAfter.Contains(updateId);
}
