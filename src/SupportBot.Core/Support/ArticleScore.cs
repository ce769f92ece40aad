using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support;

/// <summary>An article the search offered, with its score and whether it cleared the relevance bar.</summary>
public sealed record ArticleScore(string Id, string Title, double Score, bool IsRelevant)
{
    /// <summary>A search hit as the trace and the state record it (score rounded to 3 places).</summary>
    public static ArticleScore Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new ArticleScore(hit.Article.Id, hit.Article.Title, Math.Round(hit.Score, 3), hit.IsRelevant);
    }
}
