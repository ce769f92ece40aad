namespace SupportBot.Core.Tickets;

/// <summary>One of the bot's intent guesses for the escalated request, with its probability (0–1).</summary>
public sealed record IntentGuess
{
    /// <summary>The intent name, e.g. <c>vpn</c>.</summary>
    public required string Intent { get; init; }

    /// <summary>The model's probability; non-finite values are stored as 0, others clamped to 0–1.</summary>
    public required double Probability { get; init; }
}
