namespace SupportBot.Server.Desk.Api;

/// <summary>One transcript message or history entry.</summary>
public sealed record DeskLine
{
    /// <summary>When (ISO 8601).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>When, in the desk's time zone, as shown.</summary>
    public required string AtText { get; init; }

    /// <summary>user, bot, agent or system.</summary>
    public required string Role { get; init; }

    /// <summary>Who.</summary>
    public required string Name { get; init; }

    /// <summary>What was said, or what happened.</summary>
    public required string Text { get; init; }
}
