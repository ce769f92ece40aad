using System.Buffers;
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
    private const int CandidateCount = 30;

    private readonly SqliteConnection _keepAlive;
    private readonly FtsConnectionPool _pool;
    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly Dictionary<(string Intent, string Language), int[]> _rowsByIntent;
    private readonly TermPostings _postings;
    private readonly byte[] _languages;
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
        _languages = articles.Select(a => LanguageByte(a.Article.Language)).ToArray();
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
            var sentences = Sentences(articleReader, article);
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
        language ??= LanguageCode(analyzed.Language);
        var known = groups.Where(g => g.Alternatives.Count > 0).ToList();
        var candidates = Candidates(groups, language, intentPriors);
        if (candidates.Count == 0)
        {
            return new SearchResult([], groups.Select(g => g.Term).ToList());
        }

        var bestText = candidates.Max(c => c.Text);
        var outOfScope = intentPriors?.GetValueOrDefault(_options.OutOfScopeIntent) ?? 0;
        var hits = candidates
            .Select(c =>
            {
                var textScore = c.Text;
                var prior = Prior(_articles[c.Row].Article, intentPriors);
                var head = HeadCoverage(_articles[c.Row], groups);
                return (c.Row, textScore, c.Coverage, prior, head, Score: Rank(textScore, bestText, c.Coverage, head, prior));
            })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => _articles[h.Row].Article.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new SearchHit
            {
                Article = _articles[h.Row].Article,
                Score = h.Score,
                TextScore = h.textScore,
                Coverage = h.Coverage,
                IntentPrior = h.prior,
                HeadCoverage = h.head,
                IsRelevant = IsRelevant(h.textScore, h.Coverage, h.prior, outOfScope, intentPriors is not null),
                Snippet = Snippet(_articles[h.Row], known),
            })
            .ToList();
        return new SearchResult(hits, groups.Select(g => g.Term).ToList());
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
            if (group.Alternatives.Any(article.HeadTerms.Contains))
            {
                covered += group.Weight;
            }
        }

        return total == 0 ? 0 : covered / total;
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

    // Candidates are the articles covering most of the query's information, plus the articles of likely intents even
    // when the user's words miss them entirely ("my laptop crawls"); coverage and BM25 come from one walk over the
    // query terms' postings.
    private List<(int Row, double Coverage, double Text)> Candidates(List<QueryGroup> groups, string? language, IReadOnlyDictionary<string, double>? intentPriors)
    {
        var totalWeight = groups.Sum(g => g.Weight);
        var languageCode = language is null ? (byte)0 : LanguageByte(language);
        // Per-row accumulators for a whole large index: pooled, and only the touched rows are read and cleared.
        var covered = ArrayPool<double>.Shared.Rent(_articles.Count);
        var text = ArrayPool<double>.Shared.Rent(_articles.Count);
        var lastGroup = ArrayPool<int>.Shared.Rent(_articles.Count);
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

            var best = new PriorityQueue<(int Row, double Coverage, double Text), (double Key, double Text, int Row)>(CandidateComparer.Instance);
            foreach (var row in touched)
            {
                Offer(best, row, totalWeight == 0 ? 0 : covered[row] / totalWeight, text[row], intentPriors);
            }

            foreach (var row in IntentRows(languageCode, intentPriors))
            {
                if (lastGroup[row] == 0)
                {
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

    private static byte LanguageByte(string language) => language switch
    {
        "ru" => 1,
        "en" => 2,
        _ => 3,
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

    private static List<(string Text, List<string> Terms)> Sentences(ArticleReader reader, Article article)
    {
        var sentences = new List<(string, List<string>)>();
        foreach (var line in article.PlainBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var sentence in SplitSentences(line))
            {
                sentences.Add((sentence, reader.Terms(sentence, negations: false)));
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
