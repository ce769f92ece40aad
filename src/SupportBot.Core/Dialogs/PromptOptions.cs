namespace SupportBot.Core.Dialogs;

/// <summary>What a prompt asks and how patiently; stored with the prompt so a retry survives a restart.</summary>
public sealed record PromptOptions : DialogOptions
{
    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>Said after an answer that does not fit; the question again when null.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Answers allowed before the prompt gives up with <see cref="PromptAttemptsExhausted"/>.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The language to ask and understand in ("ru", "en"); the user's activity locale when null.</summary>
    public string? Locale { get; init; }
}
