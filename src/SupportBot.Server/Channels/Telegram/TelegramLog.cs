using Microsoft.Extensions.Logging;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Structured logs of the Telegram channel. None carries the token or a user's text.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Telegram {Method} answered HTTP {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string method, int status, long elapsedMs);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Telegram {Method} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Telegram {Method} to chat {ChatId} failed for good after {Attempts} attempts ({Reason}); kept as dead letter {DeadLetterId}")]
    public static partial void DeadLettered(ILogger logger, string method, long chatId, int attempts, string reason, long deadLetterId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "getUpdates conflict (409): another instance is polling with this bot token, or a webhook is set. Stop the other poller, or delete the webhook (or switch Telegram:Mode to webhook). Retrying in {DelayMs} ms. Telegram said: {Description}")]
    public static partial void PollingConflict(ILogger logger, string description, long delayMs);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "getUpdates failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void PollingFailed(ILogger logger, string reason, long delayMs);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode}); check Telegram:BotToken. Retrying in {DelayMs} ms")]
    public static partial void Unauthorized(ILogger logger, int errorCode, long delayMs);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Telegram polling started for bot {BotId}, resuming after update {Offset}")]
    public static partial void PollingStarted(ILogger logger, string botId, long offset);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "Telegram update {UpdateId} ({Kind}) failed; it is confirmed and not retried")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, long updateId, string kind);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Information, Message = "Telegram update {UpdateId} ({Kind}, content {Content}) ignored: {Reason}")]
    public static partial void UpdateIgnored(ILogger logger, long updateId, string kind, string content, string reason);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Debug, Message = "Telegram update {UpdateId} is a duplicate; skipped")]
    public static partial void DuplicateUpdate(ILogger logger, long updateId);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Telegram webhook request refused: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Debug, Message = "Telegram chat action in chat {ChatId} failed; typing is best effort")]
    public static partial void ChatActionFailed(ILogger logger, Exception exception, long chatId);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Telegram button press {CallbackId} in chat {ChatId} carries unknown or expired data")]
    public static partial void UnknownCallback(ILogger logger, string callbackId, long chatId);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning, Message = "Telegram side call {Method} in chat {ChatId} failed; the turn goes on")]
    public static partial void SideCallFailed(ILogger logger, Exception exception, string method, long chatId);

    [LoggerMessage(EventId = 6015, Level = LogLevel.Information, Message = "Telegram webhook registered for bot {BotId} at {Url}")]
    public static partial void WebhookRegistered(ILogger logger, string botId, string url);

    [LoggerMessage(EventId = 6016, Level = LogLevel.Warning, Message = "Telegram activity of type {Type} in chat {ChatId} has nothing Telegram can show; not sent")]
    public static partial void NothingToSend(ILogger logger, string type, string chatId);

    [LoggerMessage(EventId = 6018, Level = LogLevel.Error, Message = "Telegram webhook for bot {BotId} could not be registered at start; Telegram will not deliver updates until it is")]
    public static partial void WebhookNotRegistered(ILogger logger, Exception exception, string botId);

    [LoggerMessage(EventId = 6017, Level = LogLevel.Debug, Message = "Telegram answered without long polling; waiting {DelayMs} ms before the next getUpdates")]
    public static partial void NoLongPolling(ILogger logger, long delayMs);
}
