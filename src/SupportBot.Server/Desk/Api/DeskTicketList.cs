namespace SupportBot.Server.Desk.Api;

/// <summary>A page of the queue with the count of each status under the same filters (but any status).</summary>
public sealed record DeskTicketList
{
    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DeskTicketRow> Items { get; init; }

    /// <summary>How many match in all.</summary>
    public required int Total { get; init; }

    /// <summary>Ask the change feed from here.</summary>
    public required long Sequence { get; init; }

    /// <summary>Per status.</summary>
    public required IReadOnlyList<DeskStatusCount> Counts { get; init; }
}
