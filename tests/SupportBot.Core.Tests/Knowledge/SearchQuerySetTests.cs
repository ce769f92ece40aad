using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Tests.Support;

namespace SupportBot.Core.Tests.Knowledge;

/// <summary>
/// Issue #3's quality targets on search-queries.tsv, with the shipped intent model's priors as the bot calls search.
/// The held-out half (never looked at while tuning) and search without priors are held to the figures reached, as
/// regression floors: they are below the targets, and the report says so.
/// </summary>
public sealed class SearchQuerySetTests
{
    private static readonly Lazy<IntentModel> Model = new(() =>
        IntentModelFile.Load(Path.Combine(SharedData.RepositoryRoot, "models", IntentModelFile.DefaultFileName)));

    private static IReadOnlyList<SearchQueryCase> Queries { get; } =
        SearchQueryCase.ReadTsv(Path.Combine(SharedData.RepositoryRoot, "tests", "SupportBot.Core.Tests", "Knowledge", "search-queries.tsv"));

    private static SearchEvaluation WithPriors(IReadOnlyList<SearchQueryCase> cases) =>
        SearchEvaluation.Run(cases, (q, l) => ShippedKnowledgeBase.Index.Search(q, l, intentPriors: Priors(q)));

    private static Dictionary<string, double> Priors(string query) =>
        Model.Value.Predict(query).Priors();

    [Fact]
    public void QuerySet_HasBothLanguagesTypicalMistakesAndEnoughNoAnswerQueries()
    {
        Assert.True(Queries.Count(c => c.Language == "ru") >= 200);
        Assert.True(Queries.Count(c => c.Language == "en") >= 200);
        Assert.True(Queries.Count(c => c.ExpectedId is null) >= 30);
        var ids = ShippedKnowledgeBase.Index.KnowledgeBase.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(Queries.Where(c => c.ExpectedId is not null), c => Assert.Contains(c.ExpectedId!, ids));
    }

    [Fact]
    public void SearchWithIntentPriors_WholeQuerySet_MeetsIssueTargets()
    {
        var evaluation = WithPriors(Queries);
        Assert.True(evaluation.RecallAt1 >= 0.85, $"Recall@1 {evaluation.RecallAt1:F3} < 0.85");
        Assert.True(evaluation.RecallAt3 >= 0.95, $"Recall@3 {evaluation.RecallAt3:F3} < 0.95");
        Assert.True(evaluation.NothingCorrect >= 0.80, $"nothing {evaluation.NothingCorrect:F3} < 0.80");
    }

    [Fact]
    public void SearchWithIntentPriors_HeldOutHalf_StaysAtTheFiguresReached()
    {
        var evaluation = WithPriors(SearchQuerySplit.Of(Queries).HeldOut);
        Assert.True(evaluation.RecallAt1 >= 0.83, $"Recall@1 {evaluation.RecallAt1:F3} < 0.83");
        Assert.True(evaluation.RecallAt3 >= 0.95, $"Recall@3 {evaluation.RecallAt3:F3} < 0.95");
        Assert.True(evaluation.NothingCorrect >= 0.76, $"nothing {evaluation.NothingCorrect:F3} < 0.76");
    }

    [Fact]
    public void SearchAlone_WholeQuerySet_StaysAtTheFiguresReached()
    {
        var evaluation = SearchEvaluation.Run(Queries, (q, l) => ShippedKnowledgeBase.Index.Search(q, l));
        Assert.True(evaluation.RecallAt1 >= 0.75, $"Recall@1 {evaluation.RecallAt1:F3} < 0.75");
        Assert.True(evaluation.RecallAt3 >= 0.80, $"Recall@3 {evaluation.RecallAt3:F3} < 0.80");
        Assert.True(evaluation.NothingCorrect >= 0.84, $"nothing {evaluation.NothingCorrect:F3} < 0.84");
    }

    [Fact]
    public void Split_IsDeterministicDisjointAndCoversEveryExpectedArticle()
    {
        var split = SearchQuerySplit.Of(Queries);
        Assert.Equal(Queries.Count, split.Tuning.Count + split.HeldOut.Count);
        Assert.Equal(split.Tuning, SearchQuerySplit.Of(Queries).Tuning);
        Assert.Empty(split.Tuning.Intersect(split.HeldOut));
        var expected = Queries.Select(c => c.ExpectedId).Distinct().ToList();
        Assert.All(expected, id => Assert.Contains(split.Tuning, c => c.ExpectedId == id));
    }

    [Fact]
    public void SearchOfAnAnalyzedMessage_WholeQuerySet_GivesWhatSearchOfTheTextGives()
    {
        // The bot hands search the intent model's analysis of the message instead of having it analyzed again.
        var analyzer = Model.Value.Analyzer;
        var otherAnalyzer = new SupportBot.Core.Text.TextAnalyzer(SupportBot.Core.Text.LanguageDetector.Default, new SupportBot.Core.Text.EnglishStemmer(), new SupportBot.Core.Text.RussianStemmer());
        foreach (var query in Queries.Select(q => q.Query).Append(new string('x', 1500)).Append(""))
        {
            var priors = Priors(query);
            var expected = Describe(ShippedKnowledgeBase.Index.Search(query, null, 5, priors));
            Assert.Equal(expected, Describe(ShippedKnowledgeBase.Index.Search(query, analyzer.Analyze(query), analyzer, null, 5, priors)));
            Assert.Equal(expected, Describe(ShippedKnowledgeBase.Index.Search(query, otherAnalyzer.Analyze(query), otherAnalyzer, null, 5, priors)));
        }
    }

    private static string Describe(SearchResult result) =>
        string.Join(" | ", result.Hits.Select(h => $"{h.Article.Id} {h.Score:R} {h.IsRelevant} {h.Snippet}")) + " / " + string.Join(",", result.QueryTerms);
}
