using System.Text;
using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// Turns text into index terms: analyzed stems without stop words, read through the search lexicon, reduced to letters
/// and digits so they can never be query syntax.
/// </summary>
internal static class SearchTerms
{
    /// <summary>The index terms of <paramref name="text"/>; negations only when <paramref name="negations"/> (titles and questions).</summary>
    public static List<string> Of(AnalyzedText text, TextAnalyzer analyzer, SearchLexicon lexicon, bool negations)
    {
        var terms = new List<string>();
        foreach (var (term, _) in Words(text, analyzer, lexicon, int.MaxValue))
        {
            if (negations || term != SearchLexicon.Negation)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Each term with the word it came from (null when the lexicon supplied it, so it needs no further reading), in text
    /// order, at most <paramref name="maxTerms"/>.
    /// </summary>
    public static List<(string Term, string? Word)> Words(AnalyzedText text, TextAnalyzer analyzer, SearchLexicon lexicon, int maxTerms)
    {
        var words = new List<(string, string?)>();
        for (var i = 0; i < text.Tokens.Count && words.Count < maxTerms; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = text.TokenText(i);
            if (i + 1 < text.Tokens.Count && text.Tokens[i + 1].Kind == TokenKind.Word
                && lexicon.PhraseMeaning(word.ToString(), text.TokenText(i + 1).ToString()) is { } phrase)
            {
                words.AddRange(phrase.Select(t => (t, (string?)null)));
                i++;
                continue;
            }

            // ERR_CONNECTION_TIMED_OUT and file_name are words an article spells out; the parts are what matches.
            if (word.Contains('_') && words.Count < maxTerms)
            {
                foreach (var part in word.ToString().Split('_', StringSplitOptions.RemoveEmptyEntries))
                {
                    var partStem = Sanitize(analyzer.StemToken(part, new Token(0, part.Length, TokenKind.Word)));
                    if (partStem.Length > 0 && !StopWords.Contains(part))
                    {
                        words.Add((partStem, part));
                    }
                }

                continue;
            }

            var stem = Sanitize(text.Stems[i]);
            if (lexicon.Meaning(word, stem) is { } meaning)
            {
                words.AddRange(meaning.Select(t => (t, (string?)null)));
                continue;
            }

            if (stem.Length > 0 && !StopWords.Contains(word) && !IsContractedStopWord(word))
            {
                words.Add((stem, word.ToString()));
            }
        }

        return words;
    }

    // "where's", "how'd", "we're": a stop word with its contraction is still a stop word.
    private static bool IsContractedStopWord(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOf('\'');
        return apostrophe > 0 && StopWords.Contains(word[..apostrophe]);
    }

    /// <summary>Keeps letters and digits only: FTS5 then sees one bare word, whatever the user typed.</summary>
    public static string Sanitize(string stem)
    {
        foreach (var c in stem)
        {
            if (!char.IsLetterOrDigit(c))
            {
                var clean = new StringBuilder(stem.Length);
                foreach (var k in stem)
                {
                    if (char.IsLetterOrDigit(k))
                    {
                        clean.Append(k);
                    }
                }

                return clean.ToString();
            }
        }

        return stem;
    }
}
