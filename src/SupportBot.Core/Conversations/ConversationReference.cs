namespace SupportBot.Core.Conversations;

/// <summary>Everything a channel needs to write into a conversation later, without a user message to reply to.</summary>
public sealed record ConversationReference
{
    /// <summary>The channel ("webchat", "telegram"…).</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation.</summary>
    public required ConversationAccount Conversation { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The channel's service address, when it has one.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The activity the reference was taken from.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user's locale at the time.</summary>
    public string? Locale { get; init; }

    /// <summary>An activity addressed into this conversation, as if it came from the bot.</summary>
    public Activity Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = Conversation,
            From = Bot,
            Recipient = User,
            Locale = activity.Locale ?? Locale,
        };
    }
}
