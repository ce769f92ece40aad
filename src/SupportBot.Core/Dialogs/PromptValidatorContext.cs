using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>What a <see cref="PromptValidator{T}"/> sees: the recognized answer, the attempt and the options.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, T value, int attempt, PromptOptions options)
    {
        Context = context;
        Value = value;
        Attempt = attempt;
        Options = options;
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The recognized answer.</summary>
    public T Value { get; }

    /// <summary>Which answer this is, from 1.</summary>
    public int Attempt { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>Set to say why the answer does not fit; it replaces the retry prompt for this attempt.</summary>
    public string? RetryPrompt { get; set; }
}
