namespace SupportBot.Server.Channels.Telegram;

/// <summary>Who the bot is on Telegram, for the Activities' recipient and proactive references.</summary>
/// <param name="Id">The bot's numeric id (the token's public half).</param>
/// <param name="Name">Its name, when known.</param>
/// <param name="ServiceUrl">The Bot API's address (never with the token).</param>
internal sealed record TelegramBot(string Id, string? Name, string ServiceUrl);
