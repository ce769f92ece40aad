namespace SupportBot.Core.Dialogs;

/// <summary>
/// What a dialog hands its parent when it ends: a typed <see cref="DialogResult{T}"/> or an outcome such as
/// <see cref="PromptAttemptsExhausted"/>. Results pass within the turn, so they are never serialized.
/// </summary>
public abstract record DialogResult
{
    /// <summary>A typed result carrying <paramref name="value"/>.</summary>
    public static DialogResult<T> Of<T>(T value) => new(value);
}
