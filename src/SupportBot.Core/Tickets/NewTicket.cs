namespace SupportBot.Core.Tickets;

/// <summary>What the bot (or an agent) hands to <see cref="ITicketStore.CreateAsync"/>; the store adds number, status and times.</summary>
public sealed record NewTicket
{
    /// <summary>The channel the user wrote from.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation on that channel.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The user on that channel.</summary>
    public required string UserId { get; init; }

    /// <summary>The user's display name (may be empty).</summary>
    public string UserName { get; init; } = "";

    /// <summary>"ru" or "en" (case-insensitive).</summary>
    public required string Language { get; init; }

    /// <summary>The channel's serialized conversation reference (opaque; at most <see cref="TicketLimits.ReferenceLength"/>).</summary>
    public string? ConversationReference { get; init; }

    /// <summary>What the bot collected.</summary>
    public TicketDetails Details { get; init; } = TicketDetails.Empty;

    /// <summary>The conversation so far.</summary>
    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    /// <summary>The bot's intent guesses (at most <see cref="TicketLimits.MaxGuesses"/> are kept).</summary>
    public IReadOnlyList<IntentGuess> Intents { get; init; } = [];

    /// <summary>The articles it offered (at most <see cref="TicketLimits.MaxGuesses"/> are kept).</summary>
    public IReadOnlyList<OfferedArticle> Articles { get; init; } = [];

    /// <summary>The rule that made the bot escalate, e.g. <c>user_asked_for_human</c>.</summary>
    public required string EscalationReason { get; init; }

    /// <summary>Who creates it (recorded in the history).</summary>
    public TicketActor CreatedBy { get; init; } = TicketActor.Bot;
}
