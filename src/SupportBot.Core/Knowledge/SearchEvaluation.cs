namespace SupportBot.Core.Knowledge;

/// <summary>How search did on a query set: recall at 1 and 3 among relevant hits, "nothing" recognized, and latency.</summary>
public sealed record SearchEvaluation
{
    /// <summary>Queries that have an expected article.</summary>
    public required int Answerable { get; init; }

    /// <summary>Share of answerable queries whose first relevant hit is the expected article.</summary>
    public required double RecallAt1 { get; init; }

    /// <summary>Share of answerable queries with the expected article among the first three relevant hits.</summary>
    public required double RecallAt3 { get; init; }

    /// <summary>Queries that should find nothing.</summary>
    public required int NothingQueries { get; init; }

    /// <summary>Share of those for which search returned no relevant hit.</summary>
    public required double NothingCorrect { get; init; }

    /// <summary>Median search time in milliseconds.</summary>
    public required double MedianMilliseconds { get; init; }

    /// <summary>99th-percentile search time in milliseconds.</summary>
    public required double P99Milliseconds { get; init; }

    /// <summary>The queries that went wrong: query, expected, what came first.</summary>
    public required IReadOnlyList<(SearchQueryCase Case, string? Got)> Misses { get; init; }

    /// <summary>Runs every case through <paramref name="search"/> (query, language → result) <paramref name="repeat"/> times for timing.</summary>
    public static SearchEvaluation Run(IReadOnlyList<SearchQueryCase> cases, Func<string, string, SearchResult> search, int repeat = 1)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(search);
        var timings = new List<double>(cases.Count * repeat);
        var misses = new List<(SearchQueryCase, string?)>();
        int answerable = 0, atOne = 0, atThree = 0, nothing = 0, nothingCorrect = 0;
        foreach (var queryCase in cases)
        {
            SearchResult result = SearchResult.Nothing;
            for (var r = 0; r < repeat; r++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                result = search(queryCase.Query, queryCase.Language);
                timings.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var relevant = result.Hits.Where(h => h.IsRelevant).Select(h => h.Article.Id).ToList();
            if (queryCase.ExpectedId is null)
            {
                nothing++;
                nothingCorrect += relevant.Count == 0 ? 1 : 0;
                if (relevant.Count > 0)
                {
                    misses.Add((queryCase, relevant[0]));
                }

                continue;
            }

            answerable++;
            var first = relevant.FirstOrDefault();
            atOne += first == queryCase.ExpectedId ? 1 : 0;
            atThree += relevant.Take(3).Contains(queryCase.ExpectedId) ? 1 : 0;
            if (first != queryCase.ExpectedId)
            {
                misses.Add((queryCase, first));
            }
        }

        timings.Sort();
        return new SearchEvaluation
        {
            Answerable = answerable,
            RecallAt1 = answerable == 0 ? 0 : (double)atOne / answerable,
            RecallAt3 = answerable == 0 ? 0 : (double)atThree / answerable,
            NothingQueries = nothing,
            NothingCorrect = nothing == 0 ? 0 : (double)nothingCorrect / nothing,
            MedianMilliseconds = Percentile(timings, 0.5),
            P99Milliseconds = Percentile(timings, 0.99),
            Misses = misses,
        };
    }

    private static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
