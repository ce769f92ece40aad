using System.Text.Json.Serialization;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Direct Line's Conversation object: the id, a token for it, and where to open its stream.</summary>
public sealed record ConversationInfo
{
    /// <summary>The conversation id.</summary>
    public required string ConversationId { get; init; }

    /// <summary>A bearer token bound to the conversation.</summary>
    public required string Token { get; init; }

    /// <summary>Seconds until the token expires.</summary>
    [JsonPropertyName("expires_in")]
    public required int ExpiresIn { get; init; }

    /// <summary>The WebSocket URL (absent in token answers).</summary>
    public string? StreamUrl { get; init; }
}
