namespace SupportBot.Core.Tickets;

/// <summary>What one update does to a ticket, decided from its current header inside the write transaction.</summary>
internal sealed record TicketChange
{
    /// <summary>Nothing to do; the update succeeds without touching the ticket.</summary>
    public static TicketChange None { get; } = new();

    /// <summary>Set when the update is refused; nothing is written.</summary>
    public TicketResult? Refusal { get; init; }

    public TicketStatus? Status { get; init; }

    public bool SetsAssignee { get; init; }

    public string? Assignee { get; init; }

    public TicketRating? Rating { get; init; }

    public IReadOnlyList<TranscriptEntry> Entries { get; init; } = [];

    public IReadOnlyList<TicketEvent> Events { get; init; } = [];

    public bool IsEmpty => Status is null && !SetsAssignee && Rating is null && Entries.Count == 0 && Events.Count == 0;

    public static TicketChange Refuse(TicketOutcome outcome, TicketSummary current, string error) =>
        new() { Refusal = TicketResult.Refused(outcome, current, error) };

    public TicketSummary ApplyTo(TicketSummary current) => current with
    {
        Status = Status ?? current.Status,
        Assignee = SetsAssignee ? Assignee : current.Assignee,
        Rating = Rating ?? current.Rating,
    };
}
