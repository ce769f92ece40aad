namespace SupportBot.Core.Support;

/// <summary>The answer to "Did you mean…?": an article id, or null for "none of these".</summary>
public sealed record ChosenArticle(string? ArticleId);
