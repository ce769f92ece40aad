using System.Text.Json.Serialization;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>What a Direct Line token says: the one conversation it opens, for what, until when.</summary>
public sealed record TokenClaims
{
    /// <summary>The conversation the token is bound to.</summary>
    [JsonPropertyName("c")]
    public required string ConversationId { get; init; }

    /// <summary>What the token may be used for.</summary>
    [JsonPropertyName("p")]
    public required TokenPurpose Purpose { get; init; }

    /// <summary>Expiry, Unix seconds.</summary>
    [JsonPropertyName("e")]
    public required long ExpiresAt { get; init; }
}
