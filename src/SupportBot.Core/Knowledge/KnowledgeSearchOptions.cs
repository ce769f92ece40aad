namespace SupportBot.Core.Knowledge;

/// <summary>
/// Field weights, ranking weights and relevance thresholds for knowledge-base search. The defaults were calibrated on the
/// tuning half of tests/SupportBot.Core.Tests/Knowledge/search-queries.tsv (see <see cref="SearchQuerySplit"/>).
/// </summary>
public sealed record KnowledgeSearchOptions
{
    /// <summary>BM25 weight of the title.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>BM25 weight of the typical questions.</summary>
    public double QuestionsWeight { get; init; } = 2.0;

    /// <summary>BM25 weight of the body and steps.</summary>
    public double BodyWeight { get; init; } = 1.0;

    /// <summary>A hit is relevant only with at least this BM25 score, unless its intent is at least <see cref="MinIntentPriorForRelevance"/> probable.</summary>
    public double MinScore { get; init; } = 2.0;

    /// <summary>Relevance without priors: the share of the query's information a hit must cover.</summary>
    public double MinCoverage { get; init; } = 0.55;

    /// <summary>Ranking: weight of the BM25 score, as a share of the best candidate's.</summary>
    public double TextWeight { get; init; } = 1.0;

    /// <summary>Ranking: weight of the share of the query's information an article covers.</summary>
    public double CoverageWeight { get; init; } = 0.3;

    /// <summary>Ranking: weight of the share of the query's information an article's title and questions cover.</summary>
    public double HeadCoverageWeight { get; init; } = 1.3;

    /// <summary>Ranking: weight of the intent model's probability for an article's intent.</summary>
    public double IntentWeight { get; init; } = 1.0;

    /// <summary>Coverage credit for a word matched only through a typo correction, 0–1: a guessed word is weaker evidence.</summary>
    public double CorrectionCredit { get; init; } = 0.8;

    /// <summary>Relevance with priors: how much an intent's probability adds to coverage as evidence.</summary>
    public double IntentEvidence { get; init; } = 0.25;

    /// <summary>Relevance with priors: how much the out-of-scope probability takes from the evidence.</summary>
    public double OutOfScopePenalty { get; init; } = 1.0;

    /// <summary>Relevance with priors: the evidence (coverage + prior − out-of-scope) a hit needs.</summary>
    public double MinEvidenceWithIntents { get; init; } = 0.3;

    /// <summary>The intent model's label for out-of-scope messages.</summary>
    public string OutOfScopeIntent { get; init; } = "oos";

    /// <summary>An article whose intent is at least this probable is considered even without a shared word.</summary>
    public double MinIntentPriorForCandidate { get; init; } = 0.3;

    /// <summary>An article whose intent is at least this probable may be relevant with a low BM25 or with only typo-corrected words in common.</summary>
    public double MinIntentPriorForRelevance { get; init; } = 0.5;

    /// <summary>Queries longer than this are cut before analysis; a pasted log should not cost more than a question.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>At most this many distinct query terms go to the index.</summary>
    public int MaxQueryTerms { get; init; } = 32;
}
