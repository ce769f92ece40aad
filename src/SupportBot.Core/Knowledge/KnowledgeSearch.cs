using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// The live knowledge base: searches the current index while a new one is built aside from changed articles and swapped
/// in atomically; an in-flight search finishes on the index it started with. Thread-safe.
/// </summary>
public sealed class KnowledgeSearch : IDisposable
{
    private readonly TextAnalyzer _analyzer;
    private readonly KnowledgeSearchOptions _options;
    private KnowledgeIndex _current;

    /// <summary>Starts with an already built index.</summary>
    public KnowledgeSearch(KnowledgeIndex index, TextAnalyzer? analyzer = null, KnowledgeSearchOptions? options = null)
    {
        _current = index;
        _analyzer = analyzer ?? TextAnalyzer.Default;
        _options = options ?? new KnowledgeSearchOptions();
    }

    /// <summary>The knowledge base currently searched.</summary>
    public KnowledgeBase KnowledgeBase => Volatile.Read(ref _current).KnowledgeBase;

    /// <summary>Searches the current index; see <see cref="KnowledgeIndex.Search"/>.</summary>
    public SearchResult Search(string query, string? language = null, int limit = 5, IReadOnlyDictionary<string, double>? intentPriors = null)
    {
        var index = Acquire();
        try
        {
            return index.Search(query, language, limit, intentPriors);
        }
        finally
        {
            index.ReleaseLease();
        }
    }

    /// <summary>Searches the current index for a message already analyzed; see <see cref="KnowledgeIndex.Search(string, AnalyzedText, TextAnalyzer, string?, int, IReadOnlyDictionary{string, double}?)"/>.</summary>
    internal SearchResult Search(string query, AnalyzedText analyzed, TextAnalyzer analyzedBy, string? language, int limit, IReadOnlyDictionary<string, double>? intentPriors)
    {
        var index = Acquire();
        try
        {
            return index.Search(query, analyzed, analyzedBy, language, limit, intentPriors);
        }
        finally
        {
            index.ReleaseLease();
        }
    }

    /// <summary>
    /// Loads and checks <paramref name="folder"/>, builds a new index and swaps it in. On errors the current index stays
    /// and the problems are returned.
    /// </summary>
    public IReadOnlyList<DataProblem> Reload(string folder)
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(folder);
        if (problems.Any(p => p.IsError))
        {
            return problems;
        }

        Swap(KnowledgeIndex.Build(knowledgeBase, _analyzer, _options));
        return problems;
    }

    /// <summary>Makes <paramref name="next"/> the searched index; the old one is disposed once its searches end.</summary>
    public void Swap(KnowledgeIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Interlocked.Exchange(ref _current, next).Retire();
    }

    /// <inheritdoc />
    public void Dispose() => Volatile.Read(ref _current).Retire();

    private KnowledgeIndex Acquire()
    {
        while (true)
        {
            var index = Volatile.Read(ref _current);
            index.AddLease();
            if (ReferenceEquals(index, Volatile.Read(ref _current)))
            {
                return index;
            }

            index.ReleaseLease();
        }
    }
}
