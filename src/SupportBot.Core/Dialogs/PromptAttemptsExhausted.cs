namespace SupportBot.Core.Dialogs;

/// <summary>A prompt gave up: the user's answers did not pass <see cref="PromptOptions.MaxAttempts"/> times.</summary>
public sealed record PromptAttemptsExhausted(int Attempts) : DialogResult;
