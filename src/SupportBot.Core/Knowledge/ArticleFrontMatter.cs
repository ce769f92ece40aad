namespace SupportBot.Core.Knowledge;

/// <summary>The YAML block at the top of an article file, as written.</summary>
internal sealed class ArticleFrontMatter
{
    public string? Id { get; set; }

    public string? Lang { get; set; }

    public string? Title { get; set; }

    public List<string>? Intents { get; set; }

    public List<string>? Questions { get; set; }

    public List<string>? Tags { get; set; }
}
