using SupportBot.Core.Knowledge;

namespace SupportBot.Benchmarks;

/// <summary>A large knowledge base made by recombining the shipped articles' sentences, for index-scale figures.</summary>
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
            var body = string.Join(". ", Enumerable.Range(0, 12).Select(_ => sentences[random.Next(sentences.Length)]));
            articles.Add(template with
            {
                Id = $"{template.Id}-{i}",
                Title = $"{template.Title} {sentences[random.Next(sentences.Length)].Split(' ').FirstOrDefault()}",
                Body = body,
                PlainBody = body,
                Summary = body.Split(". ")[0],
            });
        }

        return new KnowledgeBase(articles);
    }
}
