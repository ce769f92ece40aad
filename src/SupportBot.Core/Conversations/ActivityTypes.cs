namespace SupportBot.Core.Conversations;

/// <summary>The activity types the bot sends or understands.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user, the bot or an agent.</summary>
    public const string Message = "message";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>A named event with a value.</summary>
    public const string Event = "event";

    /// <summary>
    /// Why the bot did what it did: recorded in the transcript for staff, never delivered to the user's channel.
    /// </summary>
    public const string Trace = "trace";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
}
