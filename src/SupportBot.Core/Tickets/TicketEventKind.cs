namespace SupportBot.Core.Tickets;

/// <summary>What happened to a ticket, as recorded in its history.</summary>
public enum TicketEventKind
{
    /// <summary>The ticket was created.</summary>
    Created,

    /// <summary>The status moved forward (from → to).</summary>
    StatusChanged,

    /// <summary>The assignee changed (the note holds the new assignee, null when unassigned).</summary>
    Assigned,

    /// <summary>An agent wrote to the user.</summary>
    AgentReplied,

    /// <summary>The user wrote to the ticket.</summary>
    UserMessage,

    /// <summary>The user rated the ticket.</summary>
    Rated,

    /// <summary>A resolved or closed ticket was opened again (from → to).</summary>
    Reopened,

    /// <summary>A staff note that the user does not see.</summary>
    Note,
}
