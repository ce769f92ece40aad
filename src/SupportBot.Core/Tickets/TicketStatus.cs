namespace SupportBot.Core.Tickets;

/// <summary>Where a ticket stands; <see cref="TicketStatusRules"/> says which moves are allowed.</summary>
public enum TicketStatus
{
    /// <summary>Escalated by the bot, nobody has picked it up yet.</summary>
    New,

    /// <summary>An agent is working on it.</summary>
    InProgress,

    /// <summary>The agent asked the user something and waits for the answer.</summary>
    WaitingForUser,

    /// <summary>The agent considers it solved; the user or an agent may still reopen it.</summary>
    Resolved,

    /// <summary>Finished; only an agent may reopen it.</summary>
    Closed,
}
