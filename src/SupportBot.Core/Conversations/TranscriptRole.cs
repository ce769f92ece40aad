namespace SupportBot.Core.Conversations;

/// <summary>Who sent a transcript entry.</summary>
public enum TranscriptRole
{
    /// <summary>The user.</summary>
    User,

    /// <summary>The bot.</summary>
    Bot,

    /// <summary>A human L1 agent writing through the bot.</summary>
    Agent,
}
