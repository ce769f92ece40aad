namespace SupportBot.Server.Desk.Api;

/// <summary>How many tickets have one status.</summary>
public sealed record DeskStatusCount
{
    /// <summary>The status code.</summary>
    public required string Status { get; init; }

    /// <summary>The count.</summary>
    public required int Count { get; init; }
}
