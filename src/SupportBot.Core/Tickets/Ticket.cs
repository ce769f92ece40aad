namespace SupportBot.Core.Tickets;

/// <summary>A conversation handed from the bot to a human L1 agent, with everything the agent needs to take over.</summary>
public sealed record Ticket
{
    /// <summary>The header fields (number, status, user, assignee, rating, times, sequence).</summary>
    public required TicketSummary Summary { get; init; }

    /// <summary>The number shown to people.</summary>
    public TicketNumber Number => Summary.Number;

    /// <summary>The current status.</summary>
    public TicketStatus Status => Summary.Status;

    /// <summary>
    /// The channel's serialized conversation reference, opaque here, so the channel can deliver an agent's reply later.
    /// </summary>
    public string? ConversationReference { get; init; }

    /// <summary>What the bot collected before escalating.</summary>
    public required TicketDetails Details { get; init; }

    /// <summary>The whole conversation, oldest first.</summary>
    public required IReadOnlyList<TranscriptEntry> Transcript { get; init; }

    /// <summary>The bot's intent guesses, best first.</summary>
    public required IReadOnlyList<IntentGuess> Intents { get; init; }

    /// <summary>The articles the bot offered, best first.</summary>
    public required IReadOnlyList<OfferedArticle> Articles { get; init; }

    /// <summary>What happened to the ticket, oldest first.</summary>
    public required IReadOnlyList<TicketEvent> History { get; init; }
}
