namespace SupportBot.Core.Tickets;

/// <summary>One page of <see cref="ITicketStore.ListAsync"/>.</summary>
public sealed record TicketPage
{
    /// <summary>The tickets on this page, newest first.</summary>
    public required IReadOnlyList<TicketSummary> Items { get; init; }

    /// <summary>How many tickets match the query in all.</summary>
    public required int Total { get; init; }

    /// <summary>The offset of this page.</summary>
    public required int Offset { get; init; }

    /// <summary>
    /// The store's change sequence when the page was read: pass it to <see cref="ITicketStore.GetChangesAfterAsync"/>
    /// to hear about everything that changes afterwards.
    /// </summary>
    public required long Sequence { get; init; }

    /// <summary>The offset of the next page, or null on the last page.</summary>
    public int? NextOffset => Offset + Items.Count < Total && Items.Count > 0 ? Offset + Items.Count : null;
}
