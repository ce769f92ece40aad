using System.Diagnostics;
using System.Globalization;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Benchmarks;

/// <summary>
/// Knowledge-base search figures: Recall@1/@3 and "nothing" on the query set (search alone and with the intent model's
/// priors; whole set, tuning half and held-out half), query latency on the shipped knowledge base, and build time,
/// latency and memory at 10,000 articles. "search --tune" prints the tuning half's misses only, with their hits' features.
/// </summary>
internal static class SearchFigures
{
    public static int Run(string[] args)
    {
        var queries = SearchQueryCase.ReadTsv(RepositoryPaths.Of("tests", "SupportBot.Core.Tests", "Knowledge", "search-queries.tsv"));
        var split = SearchQuerySplit.Of(queries);
        var (knowledgeBase, _) = KnowledgeBaseLoader.Load(RepositoryPaths.Of("knowledge-base"));
        var stopwatch = Stopwatch.StartNew();
        var options = new KnowledgeSearchOptions();
        if (Environment.GetEnvironmentVariable("SEARCH_WEIGHTS") is { } weights)
        {
            var w = weights.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            options = options with { TitleWeight = w[0], QuestionsWeight = w[1], BodyWeight = w[2] };
        }

        using var index = KnowledgeIndex.Build(knowledgeBase, options: options);
        Print($"shipped index      {knowledgeBase.Articles.Count} articles built in {stopwatch.ElapsedMilliseconds} ms");
        var model = IntentModelFile.Load(RepositoryPaths.Of("models", IntentModelFile.DefaultFileName));
        if (args.Length > 1 && args[0] == "--dump")
        {
            DumpTuningFeatures(split.Tuning, index, model, args[1]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--tune")
        {
            PrintTuningMisses(split.Tuning, index, model);
            return 0;
        }

        Report("search alone", queries, split, (q, l) => index.Search(q, l));
        Report("search + intents", queries, split, (q, l) => index.Search(q, l, intentPriors: Priors(model, q)));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var large = SyntheticKnowledgeBase.Generate(knowledgeBase, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000);
        // CPU time beside wall time: on a machine shared with other builds the wall clock mostly measures waiting.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        stopwatch.Restart();
        using var largeIndex = KnowledgeIndex.Build(large);
        var buildSeconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Print($"large index        {large.Articles.Count:N0} articles built in {buildSeconds:F1} s (CPU {cpuSeconds:F1} s on {Environment.ProcessorCount} cores, load average {LoadAverage()}), managed memory +{(after - before) / 1024.0 / 1024.0:F0} MB, process working set {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0:F0} MB");
        if (args.Length > 1 && args[1] == "--slowest")
        {
            var slowest = queries.Select(c =>
            {
                var started = Stopwatch.GetTimestamp();
                for (var r = 0; r < 5; r++)
                {
                    largeIndex.Search(c.Query, c.Language);
                }

                return (c.Query, Stopwatch.GetElapsedTime(started).TotalMilliseconds / 5);
            }).OrderByDescending(x => x.Item2).Take(15);
            foreach (var (query, ms) in slowest)
            {
                Print($"    slow {ms:F2} ms  {query}  [{string.Join(' ', largeIndex.Search(query).QueryTerms)}]");
            }
        }

        SearchEvaluation.Run(queries, (q, l) => largeIndex.Search(q, l, intentPriors: Priors(model, q)));
        var largeRun = SearchEvaluation.Run(queries, (q, l) => largeIndex.Search(q, l), repeat: 5);
        var (largeCpuMedian, largeCpuP99) = CpuPercentiles(queries, (q, l) => largeIndex.Search(q, l));
        Print($"large latency      median {largeRun.MedianMilliseconds:F3} ms, p99 {largeRun.P99Milliseconds:F3} ms (search alone; thread CPU: median {largeCpuMedian:F3} ms, p99 {largeCpuP99:F3} ms)");
        var largeWithIntents = SearchEvaluation.Run(queries, (q, l) => largeIndex.Search(q, l, intentPriors: Priors(model, q)), repeat: 5);
        Print($"large latency      median {largeWithIntents.MedianMilliseconds:F3} ms, p99 {largeWithIntents.P99Milliseconds:F3} ms (search + intents, model time included)");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static Dictionary<string, double> Priors(IntentModel model, string query) =>
        model.Predict(query).Priors();

    private static void Report(string name, IReadOnlyList<SearchQueryCase> all, SearchQuerySplit split, Func<string, string, SearchResult> search)
    {
        // One untimed pass first, so tiered JIT compilation is not counted as search time.
        SearchEvaluation.Run(all, search);
        var whole = SearchEvaluation.Run(all, search, repeat: 20);
        var (cpuMedian, cpuP99) = CpuPercentiles(all, search);
        Print($"{name,-18} whole     {Figures(whole)}, median {whole.MedianMilliseconds:F3} ms, p99 {whole.P99Milliseconds:F3} ms (thread CPU: median {cpuMedian:F3} ms, p99 {cpuP99:F3} ms)");
        Print($"{name,-18} tuning    {Figures(SearchEvaluation.Run(split.Tuning, search))}");
        Print($"{name,-18} held-out  {Figures(SearchEvaluation.Run(split.HeldOut, search))}");
    }

    // The same queries timed by the thread's CPU clock, 5 passes.
    private static (double Median, double P99) CpuPercentiles(IReadOnlyList<SearchQueryCase> cases, Func<string, string, SearchResult> search)
    {
        var times = new List<double>();
        for (var pass = 0; pass < 5; pass++)
        {
            foreach (var queryCase in cases)
            {
                var started = ThreadCpuClock.NowMilliseconds();
                search(queryCase.Query, queryCase.Language);
                if (started is { } start && ThreadCpuClock.NowMilliseconds() is { } end)
                {
                    times.Add(end - start);
                }
            }
        }

        if (times.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]);
    }

    private static string Figures(SearchEvaluation e) =>
        $"Recall@1 {e.RecallAt1:F3}, Recall@3 {e.RecallAt3:F3} ({e.Answerable} queries), nothing {e.NothingCorrect:F3} ({e.NothingQueries} queries)";

    // Only the tuning half is ever looked at query by query, so the held-out figures stay an honest estimate.
    private static void PrintTuningMisses(IReadOnlyList<SearchQueryCase> tuning, KnowledgeIndex index, IntentModel model)
    {
        foreach (var withIntents in new[] { false, true })
        {
            Print(withIntents ? "=== tuning half, search + intents" : "=== tuning half, search alone");
            Func<string, string, SearchResult> search = withIntents ? (q, l) => index.Search(q, l, intentPriors: Priors(model, q)) : (q, l) => index.Search(q, l);
            var evaluation = SearchEvaluation.Run(tuning, search);
            Print(Figures(evaluation));
            foreach (var (queryCase, got) in evaluation.Misses)
            {
                var result = search(queryCase.Query, queryCase.Language);
                var prediction = model.Predict(queryCase.Query);
                Print($"  [{queryCase.Language}] {queryCase.Query} → expected {queryCase.ExpectedId ?? "nothing"}, got {got ?? "nothing"}; terms [{string.Join(' ', result.QueryTerms)}]; intent {prediction.Best.Intent} {prediction.Best.Probability:F2}{(prediction.IsOutOfScope ? " (oos)" : string.Empty)}");
                foreach (var hit in result.Hits.Take(3))
                {
                    Print($"      {hit.Article.Id,-32} score {hit.Score,6:F2} coverage {hit.Coverage:F2} {(hit.IsRelevant ? "relevant" : "-")}");
                }
            }
        }
    }

    // The tuning half's candidates with their features, for calibrating ranking weights and the relevance gate offline.
    private static void DumpTuningFeatures(IReadOnlyList<SearchQueryCase> tuning, KnowledgeIndex index, IntentModel model, string path)
    {
        using var writer = new StreamWriter(path);
        for (var q = 0; q < tuning.Count; q++)
        {
            var queryCase = tuning[q];
            var priors = Priors(model, queryCase.Query);
            foreach (var withIntents in new[] { false, true })
            {
                var result = index.Search(queryCase.Query, queryCase.Language, limit: 30, intentPriors: withIntents ? priors : null);
                foreach (var hit in result.Hits)
                {
                    writer.WriteLine(string.Join('\t', q, withIntents ? 1 : 0, queryCase.ExpectedId ?? "-", priors.GetValueOrDefault("oos").ToString("F4", CultureInfo.InvariantCulture),
                        hit.Article.Id, hit.TextScore.ToString("F4", CultureInfo.InvariantCulture), hit.Coverage.ToString("F4", CultureInfo.InvariantCulture), hit.IntentPrior.ToString("F4", CultureInfo.InvariantCulture), hit.HeadCoverage.ToString("F4", CultureInfo.InvariantCulture)));
                }

                if (result.Hits.Count == 0)
                {
                    writer.WriteLine(string.Join('\t', q, withIntents ? 1 : 0, queryCase.ExpectedId ?? "-", priors.GetValueOrDefault("oos").ToString("F4", CultureInfo.InvariantCulture), "-", "0", "0", "0", "0"));
                }
            }
        }
    }

    private static void Print(string line) => Console.WriteLine(line);
}
