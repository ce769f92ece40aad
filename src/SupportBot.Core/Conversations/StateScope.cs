namespace SupportBot.Core.Conversations;

/// <summary>Whose state a value is: the conversation's (dialog stack) or the user's (profile, preferences).</summary>
public enum StateScope
{
    /// <summary>Keyed by channel and conversation id.</summary>
    Conversation,

    /// <summary>Keyed by channel and user id.</summary>
    User,
}
