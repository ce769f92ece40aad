using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>Asks which of two or three close articles the user meant, plus "None of these"; ends with a <see cref="ChosenArticle"/>.</summary>
internal static class DisambiguationDialog
{
    public const string Id = "disambiguate";

    public static WaterfallDialog<DisambiguationState> Create() =>
        new(Id, SupportJsonContext.Readable.DisambiguationState, CreateState, AskAsync, ReadAsync);

    private static DisambiguationState CreateState(DialogOptions? options) => options is DisambiguationOptions o
        ? new DisambiguationState { ArticleIds = o.ArticleIds, Titles = o.Titles, Language = o.Language }
        : throw new ArgumentException($"The disambiguation dialog is begun with {nameof(DisambiguationOptions)}.", nameof(options));

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<DisambiguationState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var phrases = BotPhrases.For(state.Language);
        var choices = state.ArticleIds
            .Select((id, i) => new Choice { Value = id, Title = state.Titles[i] })
            .Append(new Choice { Value = SupportPrompts.NoneValue, Title = phrases.NoneOfThese, Synonyms = ["ничего", "нет", "none", "no", "другое", "something else"] })
            .ToArray();
        return step.PromptAsync(SupportPrompts.Choice, SupportPrompts.Buttons(phrases.DidYouMean, state.Language, choices), cancellationToken);
    }

    private static Task<DialogTurnResult> ReadAsync(WaterfallStepContext<DisambiguationState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<FoundChoice>(out var choice))
        {
            return step.EndDialogAsync(DialogResult.Of(AnswerOutcome.NewMessage), cancellationToken);
        }

        var chosen = choice.Value == SupportPrompts.NoneValue ? null : choice.Value;
        return step.EndDialogAsync(DialogResult.Of(new ChosenArticle(chosen)), cancellationToken);
    }
}
