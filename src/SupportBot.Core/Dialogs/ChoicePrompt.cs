using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>: buttons (imBack) where the channel shows them, numbered
/// lines elsewhere. Accepts the title or value, a synonym, or the choice's number, ignoring case, ё/е, punctuation
/// and the wrong keyboard layout. Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>A choice prompt <paramref name="id"/>, with an optional validator.</summary>
    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, Language defaultLanguage = Language.Russian)
        : base(id, validator, defaultLanguage)
    {
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dialogContext, DialogOptions? options, CancellationToken cancellationToken)
    {
        if (options is PromptOptions { Choices: null or [] })
        {
            throw new ArgumentException($"Choice prompt '{Id}' needs at least one choice.", nameof(options));
        }

        return base.BeginDialogAsync(dialogContext, options, cancellationToken);
    }

    /// <inheritdoc />
    protected override Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, Language language, string text) =>
        ChoiceList.Render(turnContext, text, [.. (options.Choices ?? []).Select(c => c.DisplayTitle)]);

    /// <inheritdoc />
    protected override bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out FoundChoice value)
    {
        var choices = options.Choices ?? [];
        var answer = AnswerText.Canonical(text);
        string[][]? forms = null;
        var index = Find(answer, choices, ref forms);
        foreach (var variant in index < 0 ? AnswerText.LayoutVariants(answer) : [])
        {
            index = Find(variant, choices, ref forms);
            if (index >= 0)
            {
                break;
            }
        }

        value = index >= 0 ? new FoundChoice { Value = choices[index].Value, Index = index } : null;
        return value is not null;
    }

    // forms: each choice's title, value and synonyms in canonical form, made once per answer (not per layout variant)
    // and only when the choice's number does not decide.
    private static int Find(string answer, IReadOnlyList<Choice> choices, ref string[][]? forms)
    {
        if (answer.Length == 0)
        {
            return -1;
        }

        if (AnswerText.TryChoiceNumber(answer, choices.Count, out var numbered))
        {
            return numbered;
        }

        forms ??= [.. choices.Select(c => (string[])[AnswerText.Canonical(c.DisplayTitle), AnswerText.Canonical(c.Value), .. (c.Synonyms ?? []).Select(AnswerText.Canonical)])];
        for (var i = 0; i < forms.Length; i++)
        {
            if (Array.IndexOf(forms[i], answer) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
}
