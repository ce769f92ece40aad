namespace SupportBot.Server.Channels.Telegram;

/// <summary>The channel's source of jitter, injectable so tests can seed it.</summary>
internal sealed class TelegramRandom(Random random)
{
    public Random Random { get; } = random ?? throw new ArgumentNullException(nameof(random));
}
