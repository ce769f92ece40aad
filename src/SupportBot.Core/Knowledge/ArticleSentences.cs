namespace SupportBot.Core.Knowledge;

/// <summary>An article body as sentences with their terms, and the sentence that best answers a query.</summary>
internal static class ArticleSentences
{
    public static string Snippet(IndexedArticle article, List<QueryGroup> groups)
    {
        var best = article.Article.Summary;
        var bestMatches = 0;
        foreach (var (text, terms) in article.Sentences)
        {
            var matches = 0;
            foreach (var group in groups)
            {
                if (group.OccursIn(terms))
                {
                    matches++;
                }
            }

            if (matches > bestMatches)
            {
                best = text;
                bestMatches = matches;
            }
        }

        return best.Length <= 300 ? best : string.Concat(best.AsSpan(0, 297), "...");
    }

    public static List<(string Text, List<string> Terms)> Of(ArticleReader reader, Article article)
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
}
