using System.Diagnostics;
using System.Globalization;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Benchmarks;

/// <summary>
/// Knowledge-base search figures: Recall@1/@3 and "nothing" on the query set (search alone and with the intent model's
/// priors), query latency on the shipped knowledge base, and build time, latency and memory at 10,000 articles.
/// </summary>
internal static class SearchFigures
{
    public static int Run(string[] args)
    {
        var queries = SearchQueryCase.ReadTsv(RepositoryPaths.Of("tests", "SupportBot.Core.Tests", "Knowledge", "search-queries.tsv"));
        var (knowledgeBase, _) = KnowledgeBaseLoader.Load(RepositoryPaths.Of("knowledge-base"));
        var stopwatch = Stopwatch.StartNew();
        using var index = KnowledgeIndex.Build(knowledgeBase);
        Print($"shipped index      {knowledgeBase.Articles.Count} articles built in {stopwatch.ElapsedMilliseconds} ms");

        Report("search alone", SearchEvaluation.Run(queries, (q, l) => index.Search(q, l), repeat: 20));
        var model = IntentModelFile.Load(RepositoryPaths.Of("models", IntentModelFile.DefaultFileName));
        Report("search + intents", SearchEvaluation.Run(queries, (q, l) => index.Search(q, l, intentPriors: Priors(model, q)), repeat: 20));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var large = SyntheticKnowledgeBase.Generate(knowledgeBase, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000);
        stopwatch.Restart();
        using var largeIndex = KnowledgeIndex.Build(large);
        var buildSeconds = stopwatch.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Print($"large index        {large.Articles.Count:N0} articles built in {buildSeconds:F1} s, managed memory +{(after - before) / 1024.0 / 1024.0:F0} MB, process working set {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0:F0} MB");
        var largeRun = SearchEvaluation.Run(queries, (q, l) => largeIndex.Search(q, l), repeat: 5);
        Print($"large latency      median {largeRun.MedianMilliseconds:F3} ms, p99 {largeRun.P99Milliseconds:F3} ms");
        return 0;
    }

    private static Dictionary<string, double> Priors(IntentModel model, string query) =>
        model.Predict(query).Ranked.ToDictionary(r => r.Intent, r => (double)r.Probability);

    private static void Report(string name, SearchEvaluation evaluation)
    {
        Print($"{name,-18} Recall@1 {evaluation.RecallAt1:F3}, Recall@3 {evaluation.RecallAt3:F3} ({evaluation.Answerable} queries), nothing {evaluation.NothingCorrect:F3} ({evaluation.NothingQueries} queries), median {evaluation.MedianMilliseconds:F3} ms, p99 {evaluation.P99Milliseconds:F3} ms");
        foreach (var (queryCase, got) in evaluation.Misses.Take(40))
        {
            Print($"    miss [{queryCase.Language}] {queryCase.Query} → expected {queryCase.ExpectedId ?? "nothing"}, got {got ?? "nothing"}");
        }
    }

    private static void Print(string line) => Console.WriteLine(line);
}
