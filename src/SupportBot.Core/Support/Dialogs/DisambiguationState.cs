namespace SupportBot.Core.Support.Dialogs;

/// <summary>The close candidates of a "Did you mean…?" question.</summary>
internal sealed record DisambiguationState
{
    public required IReadOnlyList<string> ArticleIds { get; init; }

    public required IReadOnlyList<string> Titles { get; init; }

    public required string Language { get; init; }
}
