namespace SupportBot.Core.Dialogs;

/// <summary>A custom check of a recognized answer; false re-prompts (with the context's retry prompt, if set).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
