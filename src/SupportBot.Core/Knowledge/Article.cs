namespace SupportBot.Core.Knowledge;

/// <summary>One support article in one language; its twin in the other language shares the <see cref="Id"/>.</summary>
public sealed record Article
{
    /// <summary>Stable id shared by the ru and en versions.</summary>
    public required string Id { get; init; }

    /// <summary>"ru" or "en".</summary>
    public required string Language { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>Intent names the article answers.</summary>
    public required IReadOnlyList<string> Intents { get; init; }

    /// <summary>Typical ways users ask for it.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>Lower-case tags.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The Markdown body after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>The first paragraph as plain text: the short answer.</summary>
    public required string Summary { get; init; }

    /// <summary>The first numbered list's items as plain text, for guided troubleshooting; empty when there is none.</summary>
    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>The body as plain text, for indexing.</summary>
    public required string PlainBody { get; init; }

    /// <summary>The file it was read from, relative to the knowledge-base folder.</summary>
    public required string Source { get; init; }
}
