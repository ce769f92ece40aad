namespace SupportBot.Core.Tickets;

/// <summary>
/// A ticket's header without its transcript and history: cheap to read, what lists, change feeds and updates return.
/// </summary>
public sealed record TicketSummary
{
    /// <summary>The store's internal id.</summary>
    public required long Id { get; init; }

    /// <summary>The number shown to people.</summary>
    public required TicketNumber Number { get; init; }

    /// <summary>The current status.</summary>
    public required TicketStatus Status { get; init; }

    /// <summary>The channel the user wrote from (e.g. <c>telegram</c>, <c>webchat</c>).</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation on that channel.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The user on that channel.</summary>
    public required string UserId { get; init; }

    /// <summary>The user's display name.</summary>
    public required string UserName { get; init; }

    /// <summary>"ru" or "en".</summary>
    public required string Language { get; init; }

    /// <summary>The problem in the user's words, if collected.</summary>
    public string? Problem { get; init; }

    /// <summary>The rule that made the bot escalate.</summary>
    public required string EscalationReason { get; init; }

    /// <summary>The staff user working on it, if any.</summary>
    public string? Assignee { get; init; }

    /// <summary>The user's rating, if given.</summary>
    public TicketRating? Rating { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When anything about it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The store-wide change sequence of its last change (see <see cref="ITicketStore.GetChangesAfterAsync"/>).</summary>
    public required long Sequence { get; init; }

    /// <summary>Whether a human still owns the conversation (new, in progress or waiting for the user).</summary>
    public bool IsOpen => TicketStatusRules.IsOpen(Status);
}
