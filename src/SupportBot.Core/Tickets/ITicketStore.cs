namespace SupportBot.Core.Tickets;

/// <summary>
/// Where tickets live. Expected misses are values: an unknown number gives null or <see cref="TicketOutcome.NotFound"/>,
/// a refused change a <see cref="TicketResult"/> with a reason. Text is cleaned and capped (see <see cref="TicketLimits"/>).
/// </summary>
public interface ITicketStore
{
    /// <summary>Creates a ticket with the next number (unique and increasing, also under concurrent creates).</summary>
    Task<Ticket> CreateAsync(NewTicket ticket, CancellationToken cancellationToken);

    /// <summary>The whole ticket, or null when there is none with that number.</summary>
    Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// The whole ticket if it belongs to this user on this channel; null otherwise, so someone else's ticket looks
    /// exactly like a missing one.
    /// </summary>
    Task<Ticket?> GetForUserAsync(TicketNumber number, string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>The newest open (new, in progress, waiting) ticket of a conversation, or null.</summary>
    Task<TicketSummary?> FindOpenForConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>A page of tickets matching the query, newest first, with the total.</summary>
    Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Adds messages to the transcript in one transaction; user messages and agent replies are recorded in the history,
    /// and a user message moves a ticket waiting for the user back to in progress.
    /// </summary>
    Task<TicketResult> AppendTranscriptAsync(TicketNumber number, IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken);

    /// <summary>Moves the ticket to another status if <see cref="TicketStatusRules"/> allow it.</summary>
    Task<TicketResult> ChangeStatusAsync(TicketNumber number, TicketStatus newStatus, TicketActor actor, string? note, CancellationToken cancellationToken);

    /// <summary>Reopens a resolved or closed ticket to the status the rules give (in progress if assigned, else new).</summary>
    Task<TicketResult> ReopenAsync(TicketNumber number, TicketActor actor, string? note, CancellationToken cancellationToken);

    /// <summary>Assigns the ticket to a staff user, or unassigns it with null.</summary>
    Task<TicketResult> AssignAsync(TicketNumber number, string? staffUser, TicketActor actor, CancellationToken cancellationToken);

    /// <summary>Records the user's rating (1–5; anything else is <see cref="TicketOutcome.InvalidRating"/>), replacing an earlier one.</summary>
    Task<TicketResult> RateAsync(TicketNumber number, int score, string? comment, CancellationToken cancellationToken);

    /// <summary>Adds a staff note to the history.</summary>
    Task<TicketResult> AddNoteAsync(TicketNumber number, TicketActor actor, string note, CancellationToken cancellationToken);

    /// <summary>
    /// Tickets created or changed after <paramref name="sequence"/> (0 for all), oldest change first, at most
    /// <paramref name="limit"/>: the desk polls this to show new tickets and messages live.
    /// </summary>
    Task<TicketChanges> GetChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken);
}
