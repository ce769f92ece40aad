namespace SupportBot.Server.Desk.Api;

/// <summary>One of the bot's intent guesses.</summary>
public sealed record DeskIntent
{
    /// <summary>The intent.</summary>
    public required string Intent { get; init; }

    /// <summary>0–1.</summary>
    public required double Probability { get; init; }
}
