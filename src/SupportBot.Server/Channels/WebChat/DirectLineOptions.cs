namespace SupportBot.Server.Channels.WebChat;

/// <summary>Direct Line settings (section <c>DirectLine</c>): token signing and lifetimes, size and rate limits.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The HMAC key tokens are signed with (at least 32 characters), from the environment (<c>DirectLine__TokenSecret</c>);
    /// when unset, one is generated and kept in the data folder so tokens survive a restart.
    /// </summary>
    public string? TokenSecret { get; set; }

    /// <summary>How long a conversation token lives; Web Chat refreshes it at half its life (15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stream URL may be used to open the WebSocket.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest activity body accepted; larger posts get 413.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Posted activities per second per conversation, sustained (past it: 429).</summary>
    public double PostsPerSecond { get; set; } = 5;

    /// <summary>Posted activities a conversation may send in a burst.</summary>
    public int PostBurst { get; set; } = 10;

    /// <summary>
    /// Reads (polls, reconnects, token refreshes) per second per conversation. Web Chat polls once a second and stops
    /// polling on any error, so keep this well above 1.
    /// </summary>
    public double ReadsPerSecond { get; set; } = 10;

    /// <summary>Reads a conversation may make in a burst.</summary>
    public int ReadBurst { get; set; } = 30;

    /// <summary>New conversations per minute per client address; 0 turns the limit off.</summary>
    public int ConversationsPerMinutePerClient { get; set; } = 60;

    /// <summary>The most activities one polling answer or stream frame carries.</summary>
    public int MaxActivitiesPerSet { get; set; } = 100;

    /// <summary>The bot's account id in activities.</summary>
    public string BotId { get; set; } = "supportbot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "SupportBot";

    /// <summary>A conversation with no connected stream and no request for this long leaves memory (it stays in the store).</summary>
    public TimeSpan IdleEviction { get; set; } = TimeSpan.FromMinutes(20);
}
