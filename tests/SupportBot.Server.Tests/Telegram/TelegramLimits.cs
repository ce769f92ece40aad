namespace SupportBot.Server.Tests.Telegram;

/// <summary>The send limits a burst runs under.</summary>
internal sealed record TelegramLimits(int GlobalPerSecond, TimeSpan PerChatInterval)
{
    /// <summary>Telegram's own: 30 messages a second in all, one a second per chat.</summary>
    public static TelegramLimits Telegram { get; } = new(30, TimeSpan.FromSeconds(1));
}
