namespace SupportBot.Server.Channels.WebChat;

/// <summary>A send or proactive message addressed a Direct Line conversation that does not exist.</summary>
public sealed class UnknownConversationException : Exception
{
    /// <summary>Creates the exception for <paramref name="conversationId"/>.</summary>
    public UnknownConversationException(string conversationId)
        : base($"The Direct Line conversation '{conversationId}' does not exist.") => ConversationId = conversationId;

    /// <summary>Creates the exception.</summary>
    public UnknownConversationException()
        : base("The Direct Line conversation does not exist.") => ConversationId = "";

    /// <summary>Creates the exception with a message and cause.</summary>
    public UnknownConversationException(string message, Exception innerException)
        : base(message, innerException) => ConversationId = "";

    /// <summary>The conversation id that was not found.</summary>
    public string ConversationId { get; }
}
