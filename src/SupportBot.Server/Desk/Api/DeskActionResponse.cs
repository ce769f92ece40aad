namespace SupportBot.Server.Desk.Api;

/// <summary>The answer to a successful JSON action call.</summary>
public sealed record DeskActionResponse
{
    /// <summary>The ticket after the action.</summary>
    public required DeskTicketView Ticket { get; init; }

    /// <summary>Something that went wrong after the action was done (e.g. the user could not be told).</summary>
    public string? Warning { get; init; }
}
