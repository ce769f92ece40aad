namespace SupportBot.Core.Tickets;

/// <summary>Tickets changed after a given sequence, oldest change first (each ticket once, at its latest change).</summary>
public sealed record TicketChanges
{
    /// <summary>The changed tickets in order of their <see cref="TicketSummary.Sequence"/>.</summary>
    public required IReadOnlyList<TicketSummary> Tickets { get; init; }

    /// <summary>The sequence to ask from next time (the last one returned, or the one asked for when nothing changed).</summary>
    public required long Sequence { get; init; }

    /// <summary>Whether more changes wait beyond the limit.</summary>
    public required bool HasMore { get; init; }
}
