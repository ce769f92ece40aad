namespace SupportBot.Core.Knowledge;

/// <summary>The ranked hits for a query; "nothing relevant" is a result with no relevant hit, not an exception.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> QueryTerms)
{
    /// <summary>No hits at all.</summary>
    public static SearchResult Nothing { get; } = new([], []);

    /// <summary>The best hit if it counts as relevant, else null.</summary>
    public SearchHit? Best => Hits.Count > 0 && Hits[0].IsRelevant ? Hits[0] : null;
}
