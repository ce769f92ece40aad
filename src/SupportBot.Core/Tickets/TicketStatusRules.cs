namespace SupportBot.Core.Tickets;

/// <summary>
/// The one place that says how a ticket's status may move. Forward: new → in progress, waiting, resolved, closed;
/// in progress → waiting, resolved, closed; waiting → in progress, resolved, closed; resolved → closed. Reopening:
/// a resolved ticket by its user or an agent, a closed one by an agent only, back to in progress when someone is
/// assigned and to new when nobody is.
/// </summary>
public static class TicketStatusRules
{
    private static readonly TicketStatus[] AllStatuses = Enum.GetValues<TicketStatus>();

    /// <summary>Whether a human still owns the conversation.</summary>
    public static bool IsOpen(TicketStatus status) => status is TicketStatus.New or TicketStatus.InProgress or TicketStatus.WaitingForUser;

    /// <summary>The status a reopened ticket returns to.</summary>
    public static TicketStatus ReopenTarget(bool isAssigned) => isAssigned ? TicketStatus.InProgress : TicketStatus.New;

    /// <summary>Checks one change; a refusal carries a reason to show.</summary>
    public static TicketTransition Check(TicketStatus from, TicketStatus to, TicketRole actor, bool isAssigned)
    {
        if (from == to)
        {
            return Refuse(from, to, $"The ticket is already {Describe(to)}.");
        }

        if (!IsOpen(from) && to is TicketStatus.New or TicketStatus.InProgress)
        {
            return CheckReopen(from, to, actor, isAssigned);
        }

        var allowed = from switch
        {
            TicketStatus.New => true,
            TicketStatus.InProgress => to is not TicketStatus.New,
            TicketStatus.WaitingForUser => to is not TicketStatus.New,
            TicketStatus.Resolved => to is TicketStatus.Closed,
            _ => false,
        };

        return allowed
            ? new TicketTransition { From = from, To = to, IsAllowed = true }
            : Refuse(from, to, $"A ticket that is {Describe(from)} cannot become {Describe(to)}.");
    }

    /// <summary>The statuses this actor may move the ticket to, for buttons on the desk.</summary>
    public static IReadOnlyList<TicketStatus> AllowedTargets(TicketStatus from, TicketRole actor, bool isAssigned) =>
        [.. AllStatuses.Where(to => Check(from, to, actor, isAssigned).IsAllowed)];

    /// <summary>A status in plain words ("in progress").</summary>
    public static string Describe(TicketStatus status) => status switch
    {
        TicketStatus.New => "new",
        TicketStatus.InProgress => "in progress",
        TicketStatus.WaitingForUser => "waiting for the user",
        TicketStatus.Resolved => "resolved",
        TicketStatus.Closed => "closed",
        _ => status.ToString(),
    };

    private static TicketTransition CheckReopen(TicketStatus from, TicketStatus to, TicketRole actor, bool isAssigned)
    {
        var mayReopen = from == TicketStatus.Closed
            ? actor == TicketRole.Agent
            : actor is TicketRole.Agent or TicketRole.User;
        if (!mayReopen)
        {
            var who = from == TicketStatus.Closed ? "an agent" : "the user or an agent";
            return Refuse(from, to, $"Only {who} can reopen a {Describe(from)} ticket.");
        }

        var target = ReopenTarget(isAssigned);
        if (to != target)
        {
            var why = isAssigned ? "an assigned ticket reopens as in progress" : "an unassigned ticket reopens as new";
            return Refuse(from, to, $"The ticket cannot be reopened as {Describe(to)}: {why}.");
        }

        return new TicketTransition { From = from, To = to, IsAllowed = true, IsReopening = true };
    }

    private static TicketTransition Refuse(TicketStatus from, TicketStatus to, string reason) =>
        new() { From = from, To = to, IsAllowed = false, Reason = reason };
}
