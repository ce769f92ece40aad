namespace SupportBot.Core.Tickets;

/// <summary>The result of a ticket update: the updated ticket, or why nothing changed (a value to show, never an exception).</summary>
public sealed record TicketResult
{
    /// <summary>How it went.</summary>
    public required TicketOutcome Outcome { get; init; }

    /// <summary>The ticket after the update (unchanged on a refused one; null when not found).</summary>
    public TicketSummary? Ticket { get; init; }

    /// <summary>Why it was refused, in words a person can read; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the update was applied.</summary>
    public bool Succeeded => Outcome == TicketOutcome.Succeeded;

    /// <summary>A successful update.</summary>
    public static TicketResult Success(TicketSummary ticket) => new() { Outcome = TicketOutcome.Succeeded, Ticket = ticket };

    /// <summary>No such ticket.</summary>
    public static TicketResult NotFound(TicketNumber number) =>
        new() { Outcome = TicketOutcome.NotFound, Error = $"Ticket {number} was not found." };

    /// <summary>A refused update.</summary>
    public static TicketResult Refused(TicketOutcome outcome, TicketSummary ticket, string error) =>
        new() { Outcome = outcome, Ticket = ticket, Error = error };
}
