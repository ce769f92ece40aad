namespace SupportBot.Server.Channels.Telegram;

/// <summary>How the bot receives updates.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram with getUpdates (long polling); works behind NAT, the default.</summary>
    Polling,

    /// <summary>Telegram POSTs updates to <c>/telegram/webhook</c>; needs a public HTTPS address.</summary>
    Webhook,
}
