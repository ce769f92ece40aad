namespace SupportBot.Core.Tickets;

/// <summary>Who wrote a transcript entry or acted on a ticket.</summary>
public enum TicketRole
{
    /// <summary>The person asking for help.</summary>
    User,

    /// <summary>The support bot.</summary>
    Bot,

    /// <summary>A human L1 agent (staff).</summary>
    Agent,

    /// <summary>Automation that is neither the bot's dialog nor a person.</summary>
    System,
}
