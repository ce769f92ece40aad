using System.Text.Json;

namespace SupportBot.Core.Conversations;

/// <summary>
/// One Bot Framework activity: a message, a typing indicator or an event, with the schema's JSON field names so the
/// official Web Chat client and Direct Line tooling read it unchanged.
/// </summary>
public sealed record Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Set by the channel when the activity is stored or delivered.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received or sent it (UTC).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>"webchat", "telegram", "console", "test"…</summary>
    public string? ChannelId { get; init; }

    /// <summary>Where the channel's service lives, for proactive replies.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation it belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Message text.</summary>
    public string? Text { get; init; }

    /// <summary>"plain" or "markdown".</summary>
    public string? TextFormat { get; init; }

    /// <summary>The sender's language as a BCP 47 tag ("ru-RU", "en").</summary>
    public string? Locale { get; init; }

    /// <summary>Buttons offered with this message.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Cards, files and other attachments.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>"acceptingInput", "expectingInput" or "ignoringInput".</summary>
    public string? InputHint { get; init; }

    /// <summary>Event name, for <see cref="ActivityTypes.Event"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Event or button payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Channel-specific data (Web Chat puts <c>clientActivityID</c> here).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Members added by a conversationUpdate.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>A message activity with <paramref name="text"/>.</summary>
    public static Activity Message(string text, SuggestedActions? suggestedActions = null) =>
        new() { Type = ActivityTypes.Message, Text = text, SuggestedActions = suggestedActions };

    /// <summary>A typing indicator.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// A reply to this activity: addressed back to its sender, in its conversation and channel, with
    /// <see cref="ReplyToId"/> set (Web Chat waits for it to mark a sent message delivered). It comes from this
    /// activity's recipient (the bot) unless the reply names its own sender (an L1 agent).
    /// </summary>
    public Activity CreateReply(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = Conversation,
            // An agent's reply through the bot keeps its sender, so transcripts and Web Chat can tell it apart.
            From = reply.From ?? Recipient,
            Recipient = From,
            ReplyToId = Id,
            Locale = reply.Locale ?? Locale,
        };
    }

    /// <summary>The reference that lets the bot write into this conversation later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        ChannelId = ChannelId ?? "",
        ServiceUrl = ServiceUrl,
        Conversation = Conversation ?? throw new InvalidOperationException("The activity has no conversation."),
        User = From,
        Bot = Recipient,
        Locale = Locale,
    };
}
