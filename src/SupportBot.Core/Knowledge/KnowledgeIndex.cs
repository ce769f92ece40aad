using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// A full-text index of a knowledge base: our analyzers' terms (title, questions, body and steps) in an in-memory SQLite
/// FTS5 table and in in-memory postings that score them with FTS5's BM25 and field weights, ranked with coverage and
/// the intent model's priors, tolerant of typos, slang, wrong script and transliteration. Thread-safe.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly FtsConnectionPool _pool;
    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly TermPostings _postings;
    private readonly CandidateFinder _candidates;
    private readonly QueryReader _reader;
    private readonly KnowledgeSearchOptions _options;
    private volatile bool _disposed;
    private int _leases;
    private int _retired;

    private KnowledgeIndex(SqliteConnection keepAlive, FtsConnectionPool pool, IReadOnlyList<IndexedArticle> articles, TermPostings postings, QueryReader reader, KnowledgeSearchOptions options)
    {
        _keepAlive = keepAlive;
        _pool = pool;
        _articles = articles;
        _postings = postings;
        _candidates = new CandidateFinder(articles, postings, options);
        _reader = reader;
        _options = options;
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
        var articleReader = new ArticleReader(analyzer, lexicon);
        // Analysis is the expensive part of a build and independent per article, so it runs on every core.
        var analyzed = new (List<string> Title, List<string> Questions, List<string> Body, IndexedArticle Indexed)[knowledgeBase.Articles.Count];
        Parallel.For(0, analyzed.Length, i =>
        {
            var article = knowledgeBase.Articles[i];
            // Negations count in titles and questions, where "does not connect" tells a fault from a how-to; in a body
            // they are everywhere ("if it does not help") and mean nothing.
            var titleTerms = articleReader.Terms(article.Title, negations: true);
            var questionTerms = articleReader.Terms(string.Join('\n', article.Questions), negations: true);
            var sentences = ArticleSentences.Of(articleReader, article);
            var bodyTerms = sentences.SelectMany(s => s.Terms).Concat(articleReader.Terms(string.Join(' ', article.Tags), negations: false)).ToList();
            var allTerms = titleTerms.Concat(questionTerms).Concat(bodyTerms).ToHashSet(StringComparer.Ordinal);
            analyzed[i] = (titleTerms, questionTerms, bodyTerms, new IndexedArticle(article, allTerms, titleTerms.Concat(questionTerms).ToHashSet(StringComparer.Ordinal), sentences.Select(s => (s.Text, s.Terms.Distinct(StringComparer.Ordinal).ToArray())).ToList()));
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
        var postings = new TermPostings(analyzed.Select(a => (a.Title, a.Questions, a.Body)).ToList(), options.TitleWeight, options.QuestionsWeight, options.BodyWeight);
        var reader = new QueryReader(analyzer, lexicon, corrector, indexed.Count, options.MaxQueryTerms);
        return new KnowledgeIndex(keepAlive, new FtsConnectionPool(connectionString), indexed, postings, reader, options)
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
        return SearchGroups(groups, analyzed, language, limit, intentPriors);
    }

    /// <summary>
    /// <see cref="Search(string, string?, int, IReadOnlyDictionary{string, double}?)"/> for a message the caller already
    /// analyzed with <paramref name="analyzedBy"/> (the intent model does, on every turn), so it is not analyzed twice;
    /// with another analyzer, or a query longer than the index reads, it is analyzed here as usual.
    /// </summary>
    internal SearchResult Search(string query, AnalyzedText analyzed, TextAnalyzer analyzedBy, string? language, int limit, IReadOnlyDictionary<string, double>? intentPriors)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        if (!ReferenceEquals(analyzedBy, _reader.Analyzer) || query.Length > _options.MaxQueryLength)
        {
            return Search(query, language, limit, intentPriors);
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return SearchGroups(_reader.Read(query, analyzed), analyzed, language, limit, intentPriors);
    }

    private SearchResult SearchGroups(List<QueryGroup> groups, AnalyzedText analyzed, string? language, int limit, IReadOnlyDictionary<string, double>? intentPriors)
    {
        language ??= LanguageCode(analyzed.Language);
        var known = groups.Where(g => g.Alternatives.Length > 0).ToList();
        var candidates = _candidates.Find(groups, language, intentPriors);
        if (candidates.Count == 0)
        {
            return new SearchResult([], groups.Select(g => g.Term).ToList());
        }

        var bestText = candidates.Max(c => c.Text);
        var outOfScope = intentPriors?.GetValueOrDefault(_options.OutOfScopeIntent) ?? 0;
        // At most a few dozen candidates, on every message: ranked in one array rather than through a LINQ sort.
        var ranked = new RankedCandidate[candidates.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var (row, coverage, textScore) = candidates[i];
            var indexed = _articles[row];
            var prior = CandidateFinder.Prior(indexed.Article, intentPriors);
            var head = HeadCoverage(indexed, groups);
            ranked[i] = new RankedCandidate(indexed, textScore, coverage, prior, head, Rank(textScore, bestText, coverage, head, prior));
        }

        Array.Sort(ranked, RankedCandidate.BestFirst);
        var taken = Math.Clamp(limit, 0, ranked.Length);
        var hits = new List<SearchHit>(taken);
        foreach (var h in ranked.AsSpan(0, taken))
        {
            hits.Add(new SearchHit
            {
                Article = h.Indexed.Article,
                Score = h.Score,
                TextScore = h.Text,
                Coverage = h.Coverage,
                IntentPrior = h.Prior,
                HeadCoverage = h.Head,
                IsRelevant = IsRelevant(h.Text, h.Coverage, h.Prior, outOfScope, intentPriors is not null)
                    && (h.Prior >= _options.MinIntentPriorForRelevance || MatchesAsWritten(h.Indexed, groups)),
                Indexed = h.Indexed,
                MatchedGroups = known,
            });
        }

        return new SearchResult(hits, groups.Select(g => g.Term).ToList());
    }

    /// <summary>A candidate with its score parts; best first is by score, then by article id for a stable order.</summary>
    private readonly record struct RankedCandidate(IndexedArticle Indexed, double Text, double Coverage, double Prior, double Head, double Score)
    {
        public static readonly Comparison<RankedCandidate> BestFirst = static (a, b) =>
            b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : string.CompareOrdinal(a.Indexed.Article.Id, b.Indexed.Article.Id);
    }

    // BM25 is relative to the query (long queries score higher), so it enters as a share of the best candidate's.
    private double Rank(double text, double bestText, double coverage, double head, double prior) =>
        (_options.TextWeight * (bestText <= 0 ? 0 : text / bestText)) + (_options.CoverageWeight * coverage)
        + (_options.HeadCoverageWeight * head) + (_options.IntentWeight * prior);

    // The title and the typical questions say what an article is for; the body also mentions what it is not for.
    private static double HeadCoverage(IndexedArticle article, List<QueryGroup> groups)
    {
        double covered = 0, total = 0;
        foreach (var group in groups)
        {
            total += group.Weight;
            if (group.OccursIn(article.HeadTerms))
            {
                covered += group.Weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    // Typo correction finds a neighbour for almost any word ("paris" → "pair"): an article that shares none of the
    // query's words as written answers it only if the intent model agrees.
    private static bool MatchesAsWritten(IndexedArticle article, List<QueryGroup> groups)
    {
        foreach (var group in groups)
        {
            if (!group.IsCorrection && group.OccursIn(article.Terms))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRelevant(double text, double coverage, double prior, double outOfScope, bool withPriors)
    {
        if (text < _options.MinScore && prior < _options.MinIntentPriorForRelevance)
        {
            return false;
        }

        var evidence = coverage + (_options.IntentEvidence * prior) - (_options.OutOfScopePenalty * outOfScope);
        return evidence >= (withPriors ? _options.MinEvidenceWithIntents : _options.MinCoverage);
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
        // SQLite's online backup copies the shared in-memory database page by page; VACUUM INTO returned without
        // writing anything for this kind of database.
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false }.ToString());
        destination.Open();
        _keepAlive.BackupDatabase(destination);
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

    /// <summary>SQLite's own <c>bm25()</c> for <paramref name="terms"/> over every matching row: the reference the in-memory scores must agree with.</summary>
    internal Dictionary<int, double> Fts5Scores(IEnumerable<string> terms)
    {
        var scores = new Dictionary<int, double>();
        var match = string.Join(" OR ", terms.Select(t => "\"" + SearchTerms.Sanitize(t) + "\""));
        var connection = _pool.Rent();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"SELECT rowid, -bm25(articles, 0, {_options.TitleWeight}, {_options.QuestionsWeight}, {_options.BodyWeight}) FROM articles WHERE articles MATCH $match");
            command.Parameters.AddWithValue("$match", match);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                scores[reader.GetInt32(0)] = reader.GetDouble(1);
            }

            return scores;
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    /// <summary>The in-memory BM25 of <paramref name="terms"/> for one row, as search computes it.</summary>
    internal double Bm25(IEnumerable<string> terms, int row)
    {
        var score = 0.0;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var (rows, frequencies) = _postings.Of(term);
            var i = Array.BinarySearch(rows, row);
            score += i >= 0 ? _postings.Bm25(_postings.InverseDocumentFrequency(term), frequencies[i], row) : 0;
        }

        return score;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
