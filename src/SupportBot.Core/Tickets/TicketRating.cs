namespace SupportBot.Core.Tickets;

/// <summary>The user's rating of how the ticket was handled.</summary>
public sealed record TicketRating
{
    /// <summary>1 (bad) to 5 (excellent).</summary>
    public required int Score { get; init; }

    /// <summary>An optional comment (capped at <see cref="TicketLimits.NoteLength"/>).</summary>
    public string? Comment { get; init; }
}
