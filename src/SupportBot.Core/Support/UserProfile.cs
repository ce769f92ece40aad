namespace SupportBot.Core.Support;

/// <summary>What the bot remembers of a user across conversations on a channel.</summary>
public sealed record UserProfile
{
    /// <summary>How to reach the user, as they gave it for an earlier ticket.</summary>
    public string? Contact { get; init; }
}
