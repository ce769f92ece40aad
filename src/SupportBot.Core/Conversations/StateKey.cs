namespace SupportBot.Core.Conversations;

/// <summary>Where one state value lives: scope, channel, owner (conversation or user id) and property name.</summary>
public sealed record StateKey
{
    /// <summary>Conversation or user state.</summary>
    public required StateScope Scope { get; init; }

    /// <summary>The channel ("webchat", "telegram"…).</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation id or the user id, by <see cref="Scope"/>.</summary>
    public required string OwnerId { get; init; }

    /// <summary>The property name ("dialogState", "profile"…).</summary>
    public required string Name { get; init; }
}
