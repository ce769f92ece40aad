namespace SupportBot.Server.Channels.Telegram;

/// <summary>A press of an inline keyboard button (Bot API <c>CallbackQuery</c>).</summary>
internal sealed record TelegramCallbackQuery
{
    public required string Id { get; init; }

    public required TelegramUser From { get; init; }

    /// <summary>The message whose keyboard was pressed; absent when it is too old for Telegram to send.</summary>
    public TelegramMessage? Message { get; init; }

    public string? Data { get; init; }

    public string? ChatInstance { get; init; }
}
