namespace SupportBot.Core.Knowledge;

/// <summary>One article found for a query.</summary>
public sealed record SearchHit
{
    /// <summary>The article.</summary>
    public required Article Article { get; init; }

    /// <summary>BM25 relevance with field weights (higher is better); comparable across queries only roughly.</summary>
    public required double Score { get; init; }

    /// <summary>Share of the query's information (IDF-weighted terms) that the article contains, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>True when score and coverage clear the configured thresholds.</summary>
    public required bool IsRelevant { get; init; }

    /// <summary>The article sentence that best matches the query.</summary>
    public required string Snippet { get; init; }
}
