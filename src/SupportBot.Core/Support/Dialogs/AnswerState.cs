namespace SupportBot.Core.Support.Dialogs;

/// <summary>An answer in progress: which article, in which language, at which guided step.</summary>
internal sealed record AnswerState
{
    public required string ArticleId { get; init; }

    public required string Language { get; init; }

    /// <summary>The guided step shown now, from 0; equal to the step count once all were shown.</summary>
    public int Step { get; init; }
}
