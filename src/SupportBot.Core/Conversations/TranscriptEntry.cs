namespace SupportBot.Core.Conversations;

/// <summary>One recorded activity of a conversation, in or out.</summary>
public sealed record TranscriptEntry
{
    /// <summary>The channel.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation on that channel.</summary>
    public required string ConversationId { get; init; }

    /// <summary>When it was recorded (UTC, millisecond precision).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Who sent it.</summary>
    public required TranscriptRole Role { get; init; }

    /// <summary>The activity as sent or received.</summary>
    public required Activity Activity { get; init; }

    /// <summary>Position in the store (increasing with time); 0 until stored.</summary>
    public long Sequence { get; init; }
}
