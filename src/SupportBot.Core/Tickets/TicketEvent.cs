namespace SupportBot.Core.Tickets;

/// <summary>One entry of a ticket's history.</summary>
public sealed record TicketEvent
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who did it.</summary>
    public required TicketActor Actor { get; init; }

    /// <summary>What happened.</summary>
    public required TicketEventKind Kind { get; init; }

    /// <summary>The status before, for status changes and reopenings.</summary>
    public TicketStatus? From { get; init; }

    /// <summary>The status after, for creation, status changes and reopenings.</summary>
    public TicketStatus? To { get; init; }

    /// <summary>A free-text note (capped at <see cref="TicketLimits.NoteLength"/>).</summary>
    public string? Note { get; init; }
}
