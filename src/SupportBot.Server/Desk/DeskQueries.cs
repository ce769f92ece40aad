using SupportBot.Core.Tickets;
using SupportBot.Server.Desk.Api;
using SupportBot.Server.Desk.Pages;

namespace SupportBot.Server.Desk;

/// <summary>The reads the pages and the API share: the queue with its counts, one ticket, the change feed.</summary>
internal sealed class DeskQueries(ITicketStore tickets, DeskViews views)
{
    public const int MaxChanges = 200;

    public DeskViews Views => views;

    public async Task<DeskTicketList> QueueAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        var page = await tickets.ListAsync(filter.ToQuery(filter.Status), cancellationToken).ConfigureAwait(false);
        var counts = new List<DeskStatusCount>();
        foreach (var status in DeskStatuses.All)
        {
            var count = await tickets.ListAsync(filter.ToQuery(status) with { Limit = 1, Offset = 0 }, cancellationToken).ConfigureAwait(false);
            counts.Add(new DeskStatusCount { Status = DeskStatuses.Code(status), Count = count.Total });
        }

        return new DeskTicketList { Items = [.. page.Items.Select(views.Row)], Total = page.Total, Sequence = page.Sequence, Counts = counts };
    }

    public async Task<DeskTicketView?> TicketAsync(string? number, string agent, CancellationToken cancellationToken)
    {
        if (!TicketNumber.TryParse(number, out var parsed))
        {
            return null;
        }

        var ticket = await tickets.GetAsync(parsed, cancellationToken).ConfigureAwait(false);
        return ticket is null ? null : views.Ticket(ticket, agent);
    }

    public async Task<DeskChangeFeed> ChangesAsync(long after, CancellationToken cancellationToken)
    {
        var changes = await tickets.GetChangesAfterAsync(Math.Max(0, after), MaxChanges, cancellationToken).ConfigureAwait(false);
        return new DeskChangeFeed { Tickets = [.. changes.Tickets.Select(views.Row)], Sequence = changes.Sequence, HasMore = changes.HasMore };
    }
}
