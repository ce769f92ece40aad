namespace SupportBot.Core.Tickets;

/// <summary>How a ticket update went.</summary>
public enum TicketOutcome
{
    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>No ticket with that number (or, for ownership checks, not this user's).</summary>
    NotFound,

    /// <summary>The status rules do not allow the change.</summary>
    InvalidTransition,

    /// <summary>A rating outside 1–5.</summary>
    InvalidRating,

    /// <summary>Input that cannot mean anything, such as an empty note.</summary>
    InvalidInput,
}
