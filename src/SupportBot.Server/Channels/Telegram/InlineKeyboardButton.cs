namespace SupportBot.Server.Channels.Telegram;

/// <summary>One inline button: either sends <see cref="CallbackData"/> back to the bot or opens <see cref="Url"/>.</summary>
internal sealed record InlineKeyboardButton
{
    public required string Text { get; init; }

    public string? CallbackData { get; init; }

    public string? Url { get; init; }
}
