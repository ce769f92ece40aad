namespace SupportBot.Core.Tickets;

/// <summary>Who performs a change on a ticket: a role and a display name (a staff user name for agents).</summary>
public sealed record TicketActor
{
    /// <summary>The actor's role; the status rules depend on it.</summary>
    public required TicketRole Role { get; init; }

    /// <summary>Display name or staff user name (capped at <see cref="TicketLimits.NameLength"/>).</summary>
    public required string Name { get; init; }

    /// <summary>The support bot.</summary>
    public static TicketActor Bot { get; } = new() { Role = TicketRole.Bot, Name = "bot" };

    /// <summary>Automation.</summary>
    public static TicketActor System { get; } = new() { Role = TicketRole.System, Name = "system" };

    /// <summary>A staff member.</summary>
    public static TicketActor Agent(string userName) => new() { Role = TicketRole.Agent, Name = userName };

    /// <summary>The ticket's user.</summary>
    public static TicketActor User(string displayName) => new() { Role = TicketRole.User, Name = displayName };
}
