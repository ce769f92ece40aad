namespace SupportBot.Core.Support;

/// <summary>An article the search offered, with its score and whether it cleared the relevance bar.</summary>
public sealed record ArticleScore(string Id, string Title, double Score, bool IsRelevant);
