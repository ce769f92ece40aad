namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// The Bot API answered a request with <c>ok: false</c>: <see cref="ErrorCode"/> is Telegram's error code (429 flood
/// control, 409 conflict, 400 bad request, 403 blocked by the user…), <see cref="RetryAfter"/> how long to wait when
/// it says so. The message never contains the bot token.
/// </summary>
public sealed class TelegramApiException : Exception
{
    /// <summary>An API error for <paramref name="method"/>.</summary>
    public TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null)
        : base($"Telegram {method} failed with {errorCode}: {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    /// <summary>The Bot API method that failed.</summary>
    public string Method { get; }

    /// <summary>Telegram's <c>error_code</c> (HTTP-like).</summary>
    public int ErrorCode { get; }

    /// <summary>Telegram's <c>description</c>.</summary>
    public string Description { get; }

    /// <summary><c>parameters.retry_after</c>: wait this long before repeating (flood control).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>parameters.migrate_to_chat_id</c>: the group became this supergroup.</summary>
    public long? MigrateToChatId { get; }

    /// <summary>True for errors that go away by themselves: flood control and server-side failures.</summary>
    public bool IsTransient => ErrorCode == 429 || ErrorCode >= 500;
}
