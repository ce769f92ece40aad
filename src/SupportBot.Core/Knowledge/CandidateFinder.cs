using System.Buffers;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// Picks the articles worth ranking for a query: those covering most of its information, found over the in-memory
/// postings together with their BM25, plus the articles of the intents the intent model finds likely.
/// </summary>
internal sealed class CandidateFinder
{
    private const int CandidateCount = 30;

    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly TermPostings _postings;
    private readonly KnowledgeSearchOptions _options;
    private readonly byte[] _languages;
    private readonly Dictionary<(string Intent, string Language), int[]> _rowsByIntent;

    public CandidateFinder(IReadOnlyList<IndexedArticle> articles, TermPostings postings, KnowledgeSearchOptions options)
    {
        _articles = articles;
        _postings = postings;
        _options = options;
        _languages = articles.Select(a => LanguageByte(a.Article.Language)).ToArray();
        _rowsByIntent = Enumerable.Range(0, articles.Count)
            .SelectMany(row => articles[row].Article.Intents.Select(intent => (Key: (intent, articles[row].Article.Language), Row: row)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Row).Distinct().ToArray());
    }

    // Candidates are the articles covering most of the query's information, plus the articles of likely intents even
    // when the user's words miss them entirely ("my laptop crawls"); coverage and BM25 come from one walk over the
    // query terms' postings.
    public List<(int Row, double Coverage, double Text)> Find(List<QueryGroup> groups, string? language, IReadOnlyDictionary<string, double>? intentPriors)
    {
        var totalWeight = groups.Sum(g => g.Weight);
        var languageCode = language is null ? (byte)0 : LanguageByte(language);
        // Per-row accumulators for a whole large index: pooled, and only the touched rows are read and cleared.
        var covered = ArrayPool<double>.Shared.Rent(_articles.Count);
        var text = ArrayPool<double>.Shared.Rent(_articles.Count);
        var lastGroup = ArrayPool<int>.Shared.Rent(_articles.Count);
        // The shared pool hands out arrays other code left dirty; "untouched" must mean 0 here.
        Array.Clear(lastGroup, 0, _articles.Count);
        var touched = new List<int>();
        try
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                var credit = group.IsCorrection ? group.Weight * _options.CorrectionCredit : group.Weight;
                foreach (var alternative in group.Alternatives)
                {
                    var idf = _postings.InverseDocumentFrequency(alternative);
                    var (rows, frequencies) = _postings.Of(alternative);
                    for (var i = 0; i < rows.Length; i++)
                    {
                        var row = rows[i];
                        if (languageCode != 0 && _languages[row] != languageCode)
                        {
                            continue;
                        }

                        if (lastGroup[row] == 0)
                        {
                            touched.Add(row);
                            covered[row] = 0;
                            text[row] = 0;
                        }

                        // One word counts once for coverage however many of its readings the article contains.
                        if (lastGroup[row] != g + 1)
                        {
                            covered[row] += credit;
                            lastGroup[row] = g + 1;
                        }

                        text[row] += _postings.Bm25(idf, frequencies[i], row);
                    }
                }
            }

            var best = new PriorityQueue<(int Row, double Coverage, double Text), (double Key, double Text, int Row)>(CandidateCount, CandidateComparer.Instance);
            foreach (var row in touched)
            {
                Offer(best, row, totalWeight == 0 ? 0 : covered[row] / totalWeight, text[row], intentPriors);
            }

            foreach (var row in IntentRows(languageCode, intentPriors))
            {
                if (lastGroup[row] == 0)
                {
                    // Marked, so an article listed under two likely intents is offered once (cleared below like the rest).
                    lastGroup[row] = -1;
                    touched.Add(row);
                    Offer(best, row, 0, 0, intentPriors);
                }
            }

            var candidates = new List<(int Row, double Coverage, double Text)>(best.Count);
            while (best.TryDequeue(out var candidate, out _))
            {
                candidates.Add(candidate);
            }

            return candidates;
        }
        finally
        {
            foreach (var row in touched)
            {
                lastGroup[row] = 0;
            }

            ArrayPool<double>.Shared.Return(covered);
            ArrayPool<double>.Shared.Return(text);
            ArrayPool<int>.Shared.Return(lastGroup);
        }
    }

    // Keeps the best CandidateCount rows by coverage plus prior: a bounded min-heap, so a common word touching thousands
    // of articles costs no sort of them all.
    private void Offer(PriorityQueue<(int, double, double), (double, double, int)> best, int row, double coverage, double text, IReadOnlyDictionary<string, double>? intentPriors)
    {
        var key = (coverage + Prior(_articles[row].Article, intentPriors), text, row);
        if (best.Count < CandidateCount)
        {
            best.Enqueue((row, coverage, text), key);
        }
        else if (best.TryPeek(out _, out var worst) && CandidateComparer.Instance.Compare(key, worst) > 0)
        {
            best.DequeueEnqueue((row, coverage, text), key);
        }
    }

    // Articles of a likely intent compete even when the user's words miss them entirely ("my laptop crawls").
    private IEnumerable<int> IntentRows(byte languageCode, IReadOnlyDictionary<string, double>? intentPriors)
    {
        if (intentPriors is null)
        {
            yield break;
        }

        foreach (var (intent, prior) in intentPriors)
        {
            if (prior < _options.MinIntentPriorForCandidate)
            {
                continue;
            }

            foreach (var code in languageCode == 0 ? KnowledgeBaseLoader.Languages : (IEnumerable<string>)[languageCode == 1 ? "ru" : "en"])
            {
                foreach (var row in (_rowsByIntent.TryGetValue((intent, code), out var rows) ? rows : []).Take(CandidateCount))
                {
                    yield return row;
                }
            }
        }
    }

    public static byte LanguageByte(string language) => language switch
    {
        "ru" => 1,
        "en" => 2,
        _ => 3,
    };

    /// <summary>The intent model's probability for the likeliest of the article's intents; 0 without priors.</summary>
    public static double Prior(Article article, IReadOnlyDictionary<string, double>? intentPriors)
    {
        if (intentPriors is null)
        {
            return 0;
        }

        // Indexed, not foreach: an interface's enumerator is an object, and this runs per candidate.
        var prior = 0.0;
        for (var i = 0; i < article.Intents.Count; i++)
        {
            prior = Math.Max(prior, intentPriors.GetValueOrDefault(article.Intents[i]));
        }

        return prior;
    }
}
