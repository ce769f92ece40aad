using System.Text.Json;

namespace SupportBot.Core.Conversations;

/// <summary>A card or file attached to an activity.</summary>
public sealed record Attachment
{
    /// <summary>MIME type or card type ("image/png", "application/vnd.microsoft.card.hero").</summary>
    public required string ContentType { get; init; }

    /// <summary>Where the content can be downloaded.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>Inline content (a card).</summary>
    public JsonElement? Content { get; init; }

    /// <summary>File name.</summary>
    public string? Name { get; init; }
}
