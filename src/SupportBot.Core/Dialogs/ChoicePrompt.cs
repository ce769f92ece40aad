using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<Choice, string[]> CanonicalForms = new();

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
        var index = Find(answer, choices);
        foreach (var variant in index < 0 ? AnswerText.LayoutVariants(answer) : [])
        {
            index = Find(variant, choices);
            if (index >= 0)
            {
                break;
            }
        }

        value = index >= 0 ? new FoundChoice { Value = choices[index].Value, Index = index } : null;
        return value is not null;
    }

    private static int Find(string answer, IReadOnlyList<Choice> choices)
    {
        if (answer.Length == 0)
        {
            return -1;
        }

        if (AnswerText.TryChoiceNumber(answer, choices.Count, out var numbered))
        {
            return numbered;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Array.IndexOf(FormsOf(choices[i]), answer) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    // A choice's title, value and synonyms in canonical form, worked out once per choice object: a waiting prompt's
    // choices come back as the same objects turn after turn (from the state cache), and a bot may reuse its buttons.
    private static string[] FormsOf(Choice choice) =>
        CanonicalForms.GetValue(choice, static c => [AnswerText.Canonical(c.DisplayTitle), AnswerText.Canonical(c.Value), .. (c.Synonyms ?? []).Select(AnswerText.Canonical)]);
}
