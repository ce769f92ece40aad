namespace SupportBot.Core.Tickets;

/// <summary>Filters and paging for <see cref="ITicketStore.ListAsync"/>; results come newest first.</summary>
public sealed record TicketQuery
{
    /// <summary>The largest page the store returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Only these statuses (empty: all).</summary>
    public IReadOnlyCollection<TicketStatus> Statuses { get; init; } = [];

    /// <summary>Only this language ("ru"/"en"), or all.</summary>
    public string? Language { get; init; }

    /// <summary>Only this channel, or all.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Only tickets of this assignee, or all.</summary>
    public string? Assignee { get; init; }

    /// <summary>
    /// Free text matched, case-insensitively and as substrings, against the number, the user's name, the problem and
    /// the transcript; every word must match somewhere. Words of fewer than three characters match the number, name and
    /// problem only. Text that reads as a ticket number ("#123", "SB-000123") also finds that ticket.
    /// </summary>
    public string? Search { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/> (clamped).</summary>
    public int Limit { get; init; } = 50;

    /// <summary>How many matching tickets to skip.</summary>
    public int Offset { get; init; }
}
