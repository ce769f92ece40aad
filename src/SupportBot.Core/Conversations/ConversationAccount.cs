namespace SupportBot.Core.Conversations;

/// <summary>A conversation on a channel.</summary>
public sealed record ConversationAccount
{
    /// <summary>The channel's id for the conversation (a Direct Line conversation id, a Telegram chat id).</summary>
    public required string Id { get; init; }

    /// <summary>Display name, when the channel has one.</summary>
    public string? Name { get; init; }

    /// <summary>True for group chats.</summary>
    public bool? IsGroup { get; init; }
}
