namespace SupportBot.Core.Tickets;

/// <summary>
/// What the bot collected before escalating; each field is optional (empty or whitespace-only is stored as null) and
/// capped at <see cref="TicketLimits.DetailLength"/>.
/// </summary>
public sealed record TicketDetails
{
    /// <summary>No details collected.</summary>
    public static TicketDetails Empty { get; } = new();

    /// <summary>The problem in the user's own words.</summary>
    public string? Problem { get; init; }

    /// <summary>What the user already tried.</summary>
    public string? AlreadyTried { get; init; }

    /// <summary>The exact error text.</summary>
    public string? ErrorText { get; init; }

    /// <summary>Software and OS version.</summary>
    public string? SoftwareVersion { get; init; }

    /// <summary>How to reach the user besides this chat.</summary>
    public string? Contact { get; init; }
}
