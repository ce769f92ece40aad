namespace SupportBot.Server.Desk.Api;

/// <summary>An article the bot offered.</summary>
public sealed record DeskArticle
{
    /// <summary>The article id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its search score.</summary>
    public required double Score { get; init; }
}
