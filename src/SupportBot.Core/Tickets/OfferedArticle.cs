namespace SupportBot.Core.Tickets;

/// <summary>A knowledge-base article the bot offered before escalating, with its search score.</summary>
public sealed record OfferedArticle
{
    /// <summary>The article id.</summary>
    public required string Id { get; init; }

    /// <summary>The title shown to the user.</summary>
    public required string Title { get; init; }

    /// <summary>The search score; non-finite values are stored as 0.</summary>
    public required double Score { get; init; }
}
