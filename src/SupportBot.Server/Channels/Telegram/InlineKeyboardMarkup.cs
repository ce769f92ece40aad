namespace SupportBot.Server.Channels.Telegram;

/// <summary>Buttons under a message (Bot API <c>InlineKeyboardMarkup</c>); an empty keyboard removes them.</summary>
internal sealed record InlineKeyboardMarkup
{
    public required IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; }

    /// <summary>The keyboard that removes the buttons of an edited message.</summary>
    public static InlineKeyboardMarkup Empty { get; } = new() { InlineKeyboard = [] };
}
