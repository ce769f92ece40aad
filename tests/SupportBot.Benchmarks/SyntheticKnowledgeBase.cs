using SupportBot.Core.Knowledge;

namespace SupportBot.Benchmarks;

/// <summary>
/// A large knowledge base for index-scale figures: each article keeps its template's topic (most sentences from the
/// template, a few from anywhere) and names its own product, as a real large knowledge base would.
/// </summary>
internal static class SyntheticKnowledgeBase
{
    public static KnowledgeBase Generate(KnowledgeBase seed, int count, int randomSeed = 1)
    {
        var random = new Random(randomSeed);
        var sentencesByLanguage = seed.Articles
            .GroupBy(a => a.Language)
            .ToDictionary(g => g.Key, g => g.SelectMany(a => a.PlainBody.Split(". ", StringSplitOptions.RemoveEmptyEntries)).ToArray());
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var template = seed.Articles[i % seed.Articles.Count];
            var sentences = sentencesByLanguage[template.Language];
            var own = template.PlainBody.Split(". ", StringSplitOptions.RemoveEmptyEntries);
            var product = $"product{i % 2000}";
            var body = string.Join(". ", Enumerable.Range(0, 12)
                .Select(k => k < 9 ? own[random.Next(own.Length)] : sentences[random.Next(sentences.Length)])
                .Append($"This applies to {product} version {random.Next(1, 20)}.{random.Next(10)}"));
            articles.Add(template with
            {
                Id = $"{template.Id}-{i}",
                Title = $"{template.Title} ({product})",
                Body = body,
                PlainBody = body,
                Summary = body.Split(". ")[0],
            });
        }

        return new KnowledgeBase(articles);
    }
}
