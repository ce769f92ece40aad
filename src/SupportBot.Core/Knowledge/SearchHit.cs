namespace SupportBot.Core.Knowledge;

/// <summary>One article found for a query.</summary>
public sealed record SearchHit
{
    private string? _snippet;

    /// <summary>The article.</summary>
    public required Article Article { get; init; }

    /// <summary>The ranking score: words (BM25 and coverage) and the intent model's prior combined; higher is better.</summary>
    public required double Score { get; init; }

    /// <summary>BM25 relevance of the article's words with field weights; 0 when only the intent model proposed it.</summary>
    public double TextScore { get; init; }

    /// <summary>Share of the query's information (IDF-weighted terms) that the article contains, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>Share of the query's information found in the article's title and typical questions, 0–1.</summary>
    public double HeadCoverage { get; init; }

    /// <summary>The intent model's probability for the article's intent, 0 when search ran without priors.</summary>
    public double IntentPrior { get; init; }

    /// <summary>True when the hit clears the relevance gate: it answers the query rather than sharing a word with it.</summary>
    public required bool IsRelevant { get; init; }

    /// <summary>
    /// The article sentence that best matches the query: picked on first read, since the bot's answers are the
    /// articles themselves and only the tools show snippets.
    /// </summary>
    public string Snippet => _snippet ??= MatchedGroups is null ? Article.Summary : ArticleSentences.Snippet(Indexed!, MatchedGroups);

    /// <summary>The article as indexed, whose sentences the snippet is picked from.</summary>
    internal IndexedArticle? Indexed { get; init; }

    /// <summary>The query's words that the index knows, which the snippet should hold.</summary>
    internal List<QueryGroup>? MatchedGroups { get; init; }
}
