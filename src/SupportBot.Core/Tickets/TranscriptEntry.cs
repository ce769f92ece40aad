namespace SupportBot.Core.Tickets;

/// <summary>One message of a ticket's conversation.</summary>
public sealed record TranscriptEntry
{
    /// <summary>When it was said.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who said it.</summary>
    public required TicketRole Role { get; init; }

    /// <summary>The sender's display name (capped at <see cref="TicketLimits.NameLength"/>).</summary>
    public string SenderName { get; init; } = "";

    /// <summary>The text as written (capped at <see cref="TicketLimits.TranscriptEntryLength"/>, may be empty).</summary>
    public required string Text { get; init; }
}
