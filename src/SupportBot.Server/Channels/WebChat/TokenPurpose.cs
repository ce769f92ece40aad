namespace SupportBot.Server.Channels.WebChat;

/// <summary>What a signed token may be used for.</summary>
public enum TokenPurpose
{
    /// <summary>The conversation token: REST calls with <c>Authorization: Bearer</c>.</summary>
    Conversation,

    /// <summary>The stream URL's token: opening the WebSocket only.</summary>
    Stream,
}
