using SupportBot.Core.Tickets;

namespace SupportBot.Server.Desk;

/// <summary>The actions' names in URLs and which of them an agent may take on a ticket now (from <see cref="TicketStatusRules"/>).</summary>
internal static class DeskActions
{
    public static string Code(DeskAction action) => action.ToString().ToLowerInvariant();

    public static DeskAction? Parse(string? code) =>
        Enum.GetValues<DeskAction>().Cast<DeskAction?>().FirstOrDefault(a => Code(a!.Value) == code);

    public static IReadOnlyList<DeskAction> Available(TicketSummary ticket, string agent)
    {
        var actions = new List<DeskAction>();
        var assigned = ticket.Assignee is not null;
        if (ticket.IsOpen && !string.Equals(ticket.Assignee, agent, StringComparison.Ordinal))
        {
            actions.Add(DeskAction.Take);
        }

        if (ticket.IsOpen)
        {
            actions.Add(DeskAction.Reply);
        }

        void AddIfAllowed(DeskAction action, TicketStatus to)
        {
            if (TicketStatusRules.Check(ticket.Status, to, TicketRole.Agent, assigned).IsAllowed)
            {
                actions.Add(action);
            }
        }

        AddIfAllowed(DeskAction.Wait, TicketStatus.WaitingForUser);
        AddIfAllowed(DeskAction.Resolve, TicketStatus.Resolved);
        AddIfAllowed(DeskAction.Close, TicketStatus.Closed);
        if (!ticket.IsOpen)
        {
            actions.Add(DeskAction.Reopen);
        }

        return actions;
    }
}
