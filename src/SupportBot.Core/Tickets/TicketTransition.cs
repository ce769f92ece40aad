namespace SupportBot.Core.Tickets;

/// <summary>Whether a status change is allowed, and if so whether it counts as a reopening.</summary>
public sealed record TicketTransition
{
    /// <summary>The status before.</summary>
    public required TicketStatus From { get; init; }

    /// <summary>The status asked for.</summary>
    public required TicketStatus To { get; init; }

    /// <summary>Whether the change is allowed.</summary>
    public required bool IsAllowed { get; init; }

    /// <summary>Whether it opens a resolved or closed ticket again.</summary>
    public bool IsReopening { get; init; }

    /// <summary>Why it is refused; null when allowed.</summary>
    public string? Reason { get; init; }
}
