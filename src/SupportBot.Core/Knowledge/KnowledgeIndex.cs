using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// A full-text index of a knowledge base: an in-memory SQLite FTS5 table fed with our analyzers' terms (title, questions,
/// body and steps), ranked by BM25 with field weights, tolerant of typos, wrong script and transliteration. Thread-safe.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const int CandidateCount = 12;

    // Below this many articles every term goes to the match: a small knowledge base is cheap to score whole.
    private const int MinMatchTermLimit = 100;

    private readonly SqliteConnection _keepAlive;
    private readonly FtsConnectionPool _pool;
    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly Dictionary<(string Intent, string Language), int[]> _rowsByIntent;
    private readonly TermCorrector _corrector;
    private readonly QueryReader _reader;
    private readonly KnowledgeSearchOptions _options;
    private volatile bool _disposed;
    private int _leases;
    private int _retired;

    private KnowledgeIndex(SqliteConnection keepAlive, FtsConnectionPool pool, IReadOnlyList<IndexedArticle> articles, TermCorrector corrector, QueryReader reader, KnowledgeSearchOptions options)
    {
        _keepAlive = keepAlive;
        _pool = pool;
        _articles = articles;
        _corrector = corrector;
        _reader = reader;
        _options = options;
        _rowsByIntent = Enumerable.Range(0, articles.Count)
            .SelectMany(row => articles[row].Article.Intents.Select(intent => (Key: (intent, articles[row].Article.Language), Row: row)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Row).Distinct().ToArray());
    }

    /// <summary>The knowledge base this index was built from.</summary>
    public required KnowledgeBase KnowledgeBase { get; init; }

    /// <summary>Builds an index over every article of <paramref name="knowledgeBase"/>.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledgeBase, TextAnalyzer? analyzer = null, KnowledgeSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        analyzer ??= TextAnalyzer.Default;
        options ??= new KnowledgeSearchOptions();
        var lexicon = SearchLexicon.For(analyzer);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "kb-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();

        // A shared in-memory database lives as long as one connection to it is open.
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        // Analysis is the expensive part of a build and independent per article, so it runs on every core.
        var analyzed = new (List<string> Title, List<string> Questions, List<string> Body, IndexedArticle Indexed)[knowledgeBase.Articles.Count];
        Parallel.For(0, analyzed.Length, i =>
        {
            var article = knowledgeBase.Articles[i];
            // Negations count in titles and questions, where "does not connect" tells a fault from a how-to; in a body
            // they are everywhere ("if it does not help") and mean nothing.
            var titleTerms = Terms(analyzer, lexicon, article.Title, negations: true);
            var questionTerms = Terms(analyzer, lexicon, string.Join('\n', article.Questions), negations: true);
            var sentences = Sentences(analyzer, lexicon, article);
            var bodyTerms = sentences.SelectMany(s => s.Terms).Concat(Terms(analyzer, lexicon, string.Join(' ', article.Tags), negations: false)).ToList();
            var allTerms = titleTerms.Concat(questionTerms).Concat(bodyTerms).ToHashSet(StringComparer.Ordinal);
            analyzed[i] = (titleTerms, questionTerms, bodyTerms, new IndexedArticle(article, allTerms, sentences.Select(s => (s.Text, s.Terms.ToHashSet(StringComparer.Ordinal))).ToList()));
        });

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var transaction = keepAlive.BeginTransaction())
        {
            Execute(keepAlive, "CREATE VIRTUAL TABLE articles USING fts5(lang UNINDEXED, title, questions, body, tokenize = 'unicode61 remove_diacritics 0')");
            using var insert = keepAlive.CreateCommand();
            insert.CommandText = "INSERT INTO articles (rowid, lang, title, questions, body) VALUES ($row, $lang, $title, $questions, $body)";
            var row = insert.Parameters.Add("$row", SqliteType.Integer);
            var lang = insert.Parameters.Add("$lang", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var questions = insert.Parameters.Add("$questions", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            for (var i = 0; i < analyzed.Length; i++)
            {
                foreach (var term in analyzed[i].Indexed.Terms)
                {
                    documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                }

                row.Value = i;
                lang.Value = analyzed[i].Indexed.Article.Language;
                title.Value = string.Join(' ', analyzed[i].Title);
                questions.Value = string.Join(' ', analyzed[i].Questions);
                body.Value = string.Join(' ', analyzed[i].Body);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var indexed = analyzed.Select(a => a.Indexed).ToList();
        var corrector = new TermCorrector(documentFrequency);
        var reader = new QueryReader(analyzer, lexicon, corrector, indexed.Count, options.MaxQueryTerms);
        return new KnowledgeIndex(keepAlive, new FtsConnectionPool(connectionString), indexed, corrector, reader, options)
        {
            KnowledgeBase = knowledgeBase,
        };
    }

    /// <summary>
    /// Finds the articles that answer <paramref name="query"/>, in <paramref name="language"/> ("ru", "en") or in the
    /// query's detected language. <paramref name="intentPriors"/> (intent → probability, from the intent model) lift the
    /// articles of likely intents, so meaning can outweigh a stray shared word. Never throws on odd input: anything
    /// unusable gives a result without relevant hits.
    /// </summary>
    public SearchResult Search(string query, string? language = null, int limit = 5, IReadOnlyDictionary<string, double>? intentPriors = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > _options.MaxQueryLength)
        {
            query = query[.._options.MaxQueryLength];
        }

        var groups = _reader.Read(query, out var analyzed);
        language ??= LanguageCode(analyzed.Language);
        var known = groups.Where(g => g.Alternatives.Count > 0).ToList();
        var candidates = known.Count == 0 ? [] : Candidates(known, language);
        AddIntentCandidates(candidates, language, intentPriors);

        var totalWeight = groups.Sum(g => g.Weight);
        var bestText = candidates.Count == 0 ? 0 : candidates.Values.Max();
        var outOfScope = intentPriors?.GetValueOrDefault(_options.OutOfScopeIntent) ?? 0;
        var hits = candidates
            .Select(c =>
            {
                var article = _articles[c.Key];
                var coverage = totalWeight == 0 ? 0 : Covered(article, groups) / totalWeight;
                var prior = Prior(article.Article, intentPriors);
                return new SearchHit
                {
                    Article = article.Article,
                    Score = Rank(c.Value, bestText, coverage, prior),
                    TextScore = c.Value,
                    Coverage = coverage,
                    IntentPrior = prior,
                    IsRelevant = IsRelevant(c.Value, coverage, prior, outOfScope, intentPriors is not null),
                    Snippet = Snippet(article, known),
                };
            })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Article.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return new SearchResult(hits, groups.Select(g => g.Term).ToList());
    }

    // BM25 is relative to the query (long queries score higher), so it enters as a share of the best candidate's.
    private double Rank(double text, double bestText, double coverage, double prior) =>
        (_options.TextWeight * (bestText <= 0 ? 0 : text / bestText)) + (_options.CoverageWeight * coverage) + (_options.IntentWeight * prior);

    private bool IsRelevant(double text, double coverage, double prior, double outOfScope, bool withPriors)
    {
        if (text < _options.MinScore && prior < _options.MinIntentPriorForRelevance)
        {
            return false;
        }

        var evidence = coverage + (_options.IntentEvidence * prior) - (_options.OutOfScopePenalty * outOfScope);
        return evidence >= (withPriors ? _options.MinEvidenceWithIntents : _options.MinCoverage);
    }

    private double Covered(IndexedArticle article, List<QueryGroup> groups)
    {
        var covered = 0.0;
        foreach (var group in groups)
        {
            foreach (var alternative in group.Alternatives)
            {
                if (article.Terms.Contains(alternative))
                {
                    covered += group.IsCorrection ? group.Weight * _options.CorrectionCredit : group.Weight;
                    break;
                }
            }
        }

        return covered;
    }

    /// <summary>Takes a lease so a swap cannot dispose the index under a running search.</summary>
    internal void AddLease() => Interlocked.Increment(ref _leases);

    /// <summary>Ends a lease; the last lease on a retired index disposes it.</summary>
    internal void ReleaseLease()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retired) == 1)
        {
            Dispose();
        }
    }

    /// <summary>Marks the index replaced: it is disposed as soon as no search holds it.</summary>
    internal void Retire()
    {
        Volatile.Write(ref _retired, 1);
        if (Volatile.Read(ref _leases) == 0)
        {
            Dispose();
        }
    }

    /// <summary>Writes the index to a SQLite file, for inspection with the sqlite3 shell.</summary>
    public void SaveTo(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        File.Delete(path);
        using var command = _keepAlive.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", Path.GetFullPath(path));
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _pool.Dispose();
        _keepAlive.Dispose();
    }

    internal static string? LanguageCode(Language language) => language switch
    {
        Language.Russian => "ru",
        Language.English => "en",
        _ => null,
    };

    // Articles containing every query word are found by intersecting postings, which stays fast on a large index;
    // only when too few contain them all does the broader (and slower) any-word match run.
    private Dictionary<int, double> Candidates(List<QueryGroup> known, string? language)
    {
        if (known.Count > 1)
        {
            var all = Query(string.Join(" AND ", known.Select(g => "(" + Match(g.Alternatives) + ")")), language);
            if (all.Count >= CandidateCount)
            {
                return all.ToDictionary(r => r.Row, r => r.Score);
            }
        }

        return Query(Match(MatchTerms(known)), language).ToDictionary(r => r.Row, r => r.Score);
    }

    // Every term is letters and digits only and double-quoted: the user's text cannot become FTS5 or SQL syntax.
    private static string Match(IEnumerable<string> terms) => string.Join(" OR ", terms.Select(t => "\"" + t + "\""));

    // A term found in most articles barely changes the ranking but makes SQLite score thousands of rows; leave such
    // terms to the coverage check unless nothing rarer is left.
    private IEnumerable<string> MatchTerms(List<QueryGroup> known)
    {
        var all = known.SelectMany(g => g.Alternatives).Distinct(StringComparer.Ordinal).ToList();
        var limit = Math.Max(MinMatchTermLimit, _articles.Count * _options.MaxMatchTermShare);
        var rare = all.Where(t => _corrector.DocumentFrequency(t) <= limit).ToList();
        return rare.Count > 0 ? rare : all;
    }

    // Articles of a likely intent compete even when the user's words miss them entirely ("my laptop crawls").
    private void AddIntentCandidates(Dictionary<int, double> candidates, string? language, IReadOnlyDictionary<string, double>? intentPriors)
    {
        if (intentPriors is null)
        {
            return;
        }

        foreach (var (intent, prior) in intentPriors)
        {
            if (prior < _options.MinIntentPriorForCandidate)
            {
                continue;
            }

            foreach (var code in language is null ? KnowledgeBaseLoader.Languages : (IEnumerable<string>)[language])
            {
                foreach (var row in _rowsByIntent.TryGetValue((intent, code), out var rows) ? rows : [])
                {
                    candidates.TryAdd(row, 0);
                }
            }
        }
    }

    private static double Prior(Article article, IReadOnlyDictionary<string, double>? intentPriors)
    {
        if (intentPriors is null)
        {
            return 0;
        }

        var prior = 0.0;
        foreach (var intent in article.Intents)
        {
            prior = Math.Max(prior, intentPriors.GetValueOrDefault(intent));
        }

        return prior;
    }

    private List<(int Row, double Score)> Query(string match, string? language)
    {
        var connection = _pool.Rent();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"SELECT rowid, -bm25(articles, 0, {_options.TitleWeight}, {_options.QuestionsWeight}, {_options.BodyWeight}) AS score FROM articles WHERE articles MATCH $match {(language is null ? string.Empty : "AND lang = $lang")} ORDER BY score DESC LIMIT {CandidateCount}");
            command.Parameters.AddWithValue("$match", match);
            if (language is not null)
            {
                command.Parameters.AddWithValue("$lang", language);
            }

            var rows = new List<(int, double)>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetDouble(1)));
            }

            return rows;
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    private static string Snippet(IndexedArticle article, List<QueryGroup> groups)
    {
        var best = article.Article.Summary;
        var bestMatches = 0;
        foreach (var (text, terms) in article.Sentences)
        {
            var matches = groups.Count(g => g.Alternatives.Any(terms.Contains));
            if (matches > bestMatches)
            {
                best = text;
                bestMatches = matches;
            }
        }

        return best.Length <= 300 ? best : string.Concat(best.AsSpan(0, 297), "...");
    }

    private static List<string> Terms(TextAnalyzer analyzer, SearchLexicon lexicon, string text, bool negations) =>
        SearchTerms.Of(analyzer.Analyze(text), lexicon, negations);

    private static List<(string Text, List<string> Terms)> Sentences(TextAnalyzer analyzer, SearchLexicon lexicon, Article article)
    {
        var sentences = new List<(string, List<string>)>();
        foreach (var line in article.PlainBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var sentence in SplitSentences(line))
            {
                sentences.Add((sentence, Terms(analyzer, lexicon, sentence, negations: false)));
            }
        }

        return sentences;
    }

    private static IEnumerable<string> SplitSentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                var sentence = line[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (start < line.Length && line[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
