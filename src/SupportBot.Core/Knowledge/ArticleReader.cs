using System.Collections.Concurrent;
using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// Reads article text into index terms for one build. Text is taken as written (an article's language is known, so
/// detection and layout repair would only cost time and could misread a product name), and stems are remembered: a
/// knowledge base repeats its words, and stemming every occurrence was most of a large build's time.
/// </summary>
internal sealed class ArticleReader
{
    private readonly TextAnalyzer _analyzer;
    private readonly SearchLexicon _lexicon;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public ArticleReader(TextAnalyzer analyzer, SearchLexicon lexicon)
    {
        _analyzer = analyzer;
        _lexicon = lexicon;
    }

    /// <summary>The index terms of <paramref name="text"/>; negations only when <paramref name="negations"/> (titles and questions).</summary>
    public List<string> Terms(string text, bool negations)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(normalized, tokens);
        var stems = new string[tokens.Count];
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Slice(normalized);
            if (!lookup.TryGetValue(word, out var stem))
            {
                stem = _analyzer.StemToken(normalized, tokens[i]);
                lookup.TryAdd(word, stem);
            }

            stems[i] = stem;
        }

        var language = normalized.Any(TextNormalizer.IsCyrillic) ? Language.Russian
            : normalized.Any(TextNormalizer.IsLatin) ? Language.English
            : Language.Unknown;
        return SearchTerms.Of(new AnalyzedText(text, new LanguageGuess(language, TextRepair.None, normalized), tokens, stems), _analyzer, _lexicon, negations);
    }
}
