using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// Asks a question and waits for an answer that it recognizes as <typeparamref name="T"/> and the optional validator
/// accepts; re-prompts otherwise, and after <see cref="PromptOptions.MaxAttempts"/> answers ends with
/// <see cref="PromptAttemptsExhausted"/>. Ends with <see cref="DialogResult{T}"/> on success.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>A prompt <paramref name="id"/> speaking <paramref name="defaultLanguage"/> when the locale says nothing.</summary>
    protected Prompt(string id, PromptValidator<T>? validator, Language defaultLanguage)
        : base(id)
    {
        _validator = validator;
        DefaultLanguage = defaultLanguage == Language.Unknown ? Language.Russian : defaultLanguage;
    }

    /// <summary>The language used when neither the options nor the activity name one.</summary>
    public Language DefaultLanguage { get; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dialogContext, DialogOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' is begun with {nameof(PromptOptions)}.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(promptOptions.MaxAttempts, 1, nameof(options));
        SaveState(dialogContext, new PromptState { Options = promptOptions, FailedAttempts = 0 });
        await SendPromptAsync(dialogContext.Context, promptOptions, promptOptions.Prompt, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var turn = dialogContext.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var state = ReadState(dialogContext);
        var options = state.Options;
        var attempt = state.FailedAttempts + 1;
        var language = LanguageOf(turn, options);
        string? retryPrompt = null;
        if (TryRecognize(turn.Activity.Text ?? "", options, language, out var value))
        {
            var validation = new PromptValidatorContext<T>(turn, value, attempt, options);
            if (_validator is null || await _validator(validation, cancellationToken).ConfigureAwait(false))
            {
                return await dialogContext.EndDialogAsync(DialogResult.Of(value), cancellationToken).ConfigureAwait(false);
            }

            retryPrompt = validation.RetryPrompt;
        }

        if (attempt >= options.MaxAttempts)
        {
            return await dialogContext.EndDialogAsync(new PromptAttemptsExhausted(attempt), cancellationToken).ConfigureAwait(false);
        }

        SaveState(dialogContext, state with { FailedAttempts = attempt });
        await SendPromptAsync(turn, options, retryPrompt ?? options.RetryPrompt ?? options.Prompt, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>A child over the prompt ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dialogContext, DialogReason reason, DialogResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var state = ReadState(dialogContext);
        await SendPromptAsync(dialogContext.Context, state.Options, state.Options.Prompt, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Reads <paramref name="text"/> as an answer.</summary>
    protected abstract bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out T value);

    /// <summary>Builds the message that asks <paramref name="text"/> (buttons, numbered choices…).</summary>
    protected virtual Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, Language language, string text) =>
        Activity.Message(text);

    private static void SaveState(DialogContext dialogContext, PromptState state) =>
        dialogContext.SetImmutableActiveState(state, DialogJsonContext.Readable.PromptState);

    private PromptState ReadState(DialogContext dialogContext)
    {
        var state = dialogContext.GetActiveState(DialogJsonContext.Readable.PromptState);

        // Required members only have to be present in JSON; a stored null would surface later as a NullReferenceException.
        if (state?.Options?.Prompt is null || state.FailedAttempts < 0 || state.Options.MaxAttempts < 1)
        {
            throw new DialogStateException($"Prompt '{Id}' has no usable stored state.");
        }

        return state;
    }

    private Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var activity = BuildPrompt(turnContext, options, LanguageOf(turnContext, options), text) with { InputHint = "expectingInput" };
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private Language LanguageOf(ITurnContext turnContext, PromptOptions options) =>
        PromptLanguage.FromLocale(options.Locale ?? turnContext.Activity.Locale) ?? DefaultLanguage;
}
