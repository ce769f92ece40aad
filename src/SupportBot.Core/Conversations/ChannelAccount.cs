namespace SupportBot.Core.Conversations;

/// <summary>A user, the bot or an agent on a channel.</summary>
public sealed record ChannelAccount
{
    /// <summary>The channel's id for the account.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>"user" or "bot".</summary>
    public string? Role { get; init; }
}
