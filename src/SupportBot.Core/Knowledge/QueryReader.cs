using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// Reads a user's query against one index's vocabulary: lexicon, transliteration into the other script, stretched
/// letters ("sloooow"), then typo correction, each query word becoming a <see cref="QueryGroup"/>.
/// </summary>
internal sealed class QueryReader
{
    private readonly TextAnalyzer _analyzer;
    private readonly SearchLexicon _lexicon;
    private readonly TermCorrector _corrector;
    private readonly int _documents;
    private readonly int _maxTerms;

    public QueryReader(TextAnalyzer analyzer, SearchLexicon lexicon, TermCorrector corrector, int documents, int maxTerms)
    {
        _analyzer = analyzer;
        _lexicon = lexicon;
        _corrector = corrector;
        _documents = Math.Max(1, documents);
        _maxTerms = maxTerms;
    }

    /// <summary>The analyzer queries are read with.</summary>
    public TextAnalyzer Analyzer => _analyzer;

    /// <summary>The query's groups; the repaired reading (layout, transliteration) is kept only if the index knows it better.</summary>
    public List<QueryGroup> Read(string query, out AnalyzedText analyzed)
    {
        analyzed = _analyzer.Analyze(query);
        return Read(query, analyzed);
    }

    /// <summary>The groups of <paramref name="query"/> already analyzed by <see cref="Analyzer"/> as <paramref name="analyzed"/>.</summary>
    public List<QueryGroup> Read(string query, AnalyzedText analyzed)
    {
        var groups = Groups(analyzed);
        if (analyzed.Repair != TextRepair.None)
        {
            var asWritten = Groups(_analyzer.AnalyzeAsWritten(query));
            if (KnownShare(asWritten) > KnownShare(groups))
            {
                groups = asWritten;
            }
        }

        return groups;
    }

    private List<QueryGroup> Groups(AnalyzedText analyzed)
    {
        var groups = new List<QueryGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A word the knowledge base has never seen weighs like the rarest term: a query about something else must not
        // pass on the strength of its one common word.
        var unknownWeight = Math.Log(1 + _documents);
        foreach (var (term, word) in SearchTerms.Words(analyzed, _analyzer, _lexicon, _maxTerms))
        {
            if (!seen.Add(term))
            {
                continue;
            }

            var (alternatives, corrected) = Alternatives(term, word);
            var frequency = alternatives.Count == 0 ? 0 : alternatives.Max(_corrector.DocumentFrequency);
            var weight = frequency == 0 ? unknownWeight : Math.Log(1 + ((double)_documents / frequency));
            groups.Add(new QueryGroup(term, [.. alternatives], weight, corrected));
        }

        return groups;
    }

    private (List<string> Alternatives, bool Corrected) Alternatives(string term, string? word)
    {
        var alternatives = new List<string>(2);
        if (_corrector.Contains(term))
        {
            alternatives.Add(term);
        }

        if (word is null)
        {
            return (alternatives, false);
        }

        // "впн" finds "vpn", "printer" finds "принтер": the same word in the other script.
        var otherScript = word.Any(TextNormalizer.IsCyrillic) ? Transliteration.ToLatin(word) : Transliteration.ToCyrillic(word);
        if (otherScript != word)
        {
            AddKnown(alternatives, otherScript);
        }

        if (alternatives.Count == 0 && HasStretch(word))
        {
            AddKnown(alternatives, Squeeze(word, 1));
            AddKnown(alternatives, Squeeze(word, 2));
            if (alternatives.Count == 0 && _corrector.Correct(Stem(Squeeze(word, 2))) is { } squeezed)
            {
                alternatives.Add(squeezed);
                return (alternatives, true);
            }
        }

        if (alternatives.Count == 0 && _corrector.Correct(term) is { } corrected)
        {
            alternatives.Add(corrected);
            return (alternatives, true);
        }

        return (alternatives, false);
    }

    private void AddKnown(List<string> alternatives, string word)
    {
        var stem = Stem(word);
        if (_corrector.Contains(stem) && !alternatives.Contains(stem))
        {
            alternatives.Add(stem);
        }
    }

    private string Stem(string word)
    {
        var stem = SearchTerms.Sanitize(_analyzer.StemToken(word, new Token(0, word.Length, TokenKind.Word)));
        return _lexicon.Meaning(word, stem) is [var single] ? single : stem;
    }

    private static double KnownShare(List<QueryGroup> groups)
    {
        var total = groups.Sum(g => g.Weight);
        return total == 0 ? 0 : groups.Where(g => g.Alternatives.Length > 0).Sum(g => g.Weight) / total;
    }

    // Three or more of one letter in a row is typing for emphasis, not spelling.
    private static bool HasStretch(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Squeeze(string word, int keep)
    {
        var result = new System.Text.StringBuilder(word.Length);
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= keep)
            {
                result.Append(word[i]);
            }
        }

        return result.ToString();
    }
}
