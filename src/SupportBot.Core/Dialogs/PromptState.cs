namespace SupportBot.Core.Dialogs;

/// <summary>A prompt's stored state: its options and the answers that did not fit so far.</summary>
internal sealed record PromptState
{
    public required PromptOptions Options { get; init; }

    public required int FailedAttempts { get; init; }
}
