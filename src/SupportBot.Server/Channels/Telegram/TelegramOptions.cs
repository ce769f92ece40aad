namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Settings of the Telegram channel, bound from the <c>Telegram</c> section (<c>Telegram__BotToken</c> in the
/// environment). The channel is off while <see cref="BotToken"/> is empty.
/// </summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telegram";

    /// <summary>The token from @BotFather ("123456:ABC…"); from the environment, never from the repo.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API's address; tests point it at a local peer.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Long polling (default) or webhook.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (1–256 of A–Z, a–z, 0–9, _ and -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The public HTTPS address of <c>/telegram/webhook</c>, registered with setWebhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>In webhook mode, call setWebhook with <see cref="WebhookUrl"/> and the secret when the server starts.</summary>
    public bool RegisterWebhookOnStart { get; set; } = true;

    /// <summary>How long one getUpdates call may wait for updates (0–50 s).</summary>
    public int LongPollTimeoutSeconds { get; set; } = 25;

    /// <summary>Updates asked for per getUpdates call (1–100).</summary>
    public int UpdatesLimit { get; set; } = 100;

    /// <summary>How long a request may take on top of the long-poll wait before it counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The least time between two messages to one chat (Telegram asks for about one per second).</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per second to all chats together (Telegram's limit is about 30).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>Attempts of one send before it goes to the dead letters.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>The first backoff after a server error or timeout; it doubles per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest flood-control wait (<c>retry_after</c>) honoured; a longer one fails the send.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Chats handled at the same time (updates of one chat are always handled in order).</summary>
    public int MaxConcurrentChats { get; set; } = 64;

    /// <summary>Webhook updates waiting to be handled; when full, the webhook answers 503 and Telegram retries.</summary>
    public int WebhookQueueCapacity { get; set; } = 1000;

    /// <summary>How long a turn runs before the user sees "typing…"; quick answers show none.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often "typing…" is renewed while a turn runs (Telegram shows it for about five seconds).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>True when a bot token is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The bot's numeric id: the token's part before the colon, which is not secret.</summary>
    internal string BotId
    {
        get
        {
            var token = BotToken ?? "";
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? token[..colon] : "";
        }
    }
}
