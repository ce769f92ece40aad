namespace SupportBot.Server.Channels.Telegram;

/// <summary>A Telegram chat (Bot API <c>Chat</c>): private, group, supergroup or channel.</summary>
internal sealed record TelegramChat
{
    public required long Id { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    /// <summary>True for a one-to-one chat with a person, the only kind where the bot talks.</summary>
    public bool IsPrivate => Type is null or "private";
}
