namespace SupportBot.Core.Knowledge;

/// <summary>Field weights and relevance thresholds for knowledge-base search.</summary>
public sealed record KnowledgeSearchOptions
{
    /// <summary>BM25 weight of the title.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>BM25 weight of the typical questions.</summary>
    public double QuestionsWeight { get; init; } = 2.0;

    /// <summary>BM25 weight of the body and steps.</summary>
    public double BodyWeight { get; init; } = 1.0;

    /// <summary>A hit is relevant only with at least this BM25 score.</summary>
    public double MinScore { get; init; } = 1.0;

    /// <summary>A hit is relevant only if it covers at least this share of the query's information.</summary>
    public double MinCoverage { get; init; } = 0.5;

    /// <summary>BM25 points added per unit of the intent model's probability for an article's intent.</summary>
    public double IntentBoost { get; init; } = 6.0;

    /// <summary>An article whose intent is at least this probable is considered even without a shared word.</summary>
    public double MinIntentPriorForCandidate { get; init; } = 0.3;

    /// <summary>An article whose intent is at least this probable counts as relevant even with low word coverage.</summary>
    public double MinIntentPriorForRelevance { get; init; } = 0.5;

    /// <summary>Queries longer than this are cut before analysis; a pasted log should not cost more than a question.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>Terms found in more than this share of articles are left out of the full-text match (they still count for coverage).</summary>
    public double MaxMatchTermShare { get; init; } = 0.2;

    /// <summary>At most this many distinct query terms go to the index.</summary>
    public int MaxQueryTerms { get; init; } = 32;
}
