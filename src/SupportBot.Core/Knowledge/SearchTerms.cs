using System.Text;
using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>Turns text into index terms: analyzed stems without stop words, reduced to letters and digits so they can never be query syntax.</summary>
internal static class SearchTerms
{
    public static List<string> Of(AnalyzedText text, int maxTerms = int.MaxValue)
    {
        var terms = new List<string>();
        for (var i = 0; i < text.Tokens.Count && terms.Count < maxTerms; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Word || StopWords.Contains(text.TokenText(i)))
            {
                continue;
            }

            var term = Sanitize(text.Stems[i]);
            if (term.Length > 0)
            {
                terms.Add(term);
            }
        }

        return terms;
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
