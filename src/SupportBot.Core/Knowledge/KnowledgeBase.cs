namespace SupportBot.Core.Knowledge;

/// <summary>A loaded set of articles, looked up by id and language.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<(string Id, string Language), Article> _byKey;

    /// <summary>Creates a knowledge base; ids must be unique per language.</summary>
    public KnowledgeBase(IReadOnlyList<Article> articles)
    {
        Articles = articles;
        _byKey = articles.ToDictionary(a => (a.Id, a.Language));
    }

    /// <summary>Every article, in load order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The article with this id in this language, or null.</summary>
    public Article? Find(string id, string language) => _byKey.GetValueOrDefault((id, language));
}
