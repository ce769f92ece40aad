namespace SupportBot.Server.Channels.Telegram;

/// <summary>A change of the bot's (or a member's) status in a chat (Bot API <c>ChatMemberUpdated</c>), logged only.</summary>
internal sealed record TelegramChatMemberUpdated
{
    public required TelegramChat Chat { get; init; }

    public TelegramUser? From { get; init; }
}
