namespace SupportBot.Server.Desk.Api;

/// <summary>Everything about one ticket the console shows.</summary>
public sealed record DeskTicketView
{
    /// <summary>The header.</summary>
    public required DeskTicketRow Ticket { get; init; }

    /// <summary>The rating comment, if any.</summary>
    public string? RatingComment { get; init; }

    /// <summary>The rule that made the bot escalate.</summary>
    public required string EscalationReason { get; init; }

    /// <summary>What the bot collected.</summary>
    public required DeskDetails Details { get; init; }

    /// <summary>The conversation, oldest first.</summary>
    public required IReadOnlyList<DeskLine> Transcript { get; init; }

    /// <summary>The bot's intent guesses, best first.</summary>
    public required IReadOnlyList<DeskIntent> Intents { get; init; }

    /// <summary>The articles it offered, best first.</summary>
    public required IReadOnlyList<DeskArticle> Articles { get; init; }

    /// <summary>What happened, oldest first.</summary>
    public required IReadOnlyList<DeskLine> History { get; init; }

    /// <summary>The actions the signed-in agent may take now (take, reply, wait, resolve, close, reopen).</summary>
    public required IReadOnlyList<string> Actions { get; init; }
}
