using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>
/// Answers from one article: the short answer first, then, for an article with steps, one step at a time with
/// "Helped / Next step / Talk to a person"; otherwise "Did this help?". Ends with an <see cref="AnswerOutcome"/>.
/// </summary>
internal static class AnswerDialog
{
    public const string Id = "answer";

    public static WaterfallDialog<AnswerState> Create(KnowledgeSearch search) =>
        new(Id, SupportJsonContext.Readable.AnswerState, CreateState, (step, ct) => AskAsync(search, step, ct), (step, ct) => ReadAsync(search, step, ct));

    private static AnswerState CreateState(DialogOptions? options) => options is AnswerOptions answer
        ? new AnswerState { ArticleId = answer.ArticleId, Language = answer.Language, Step = answer.Step }
        : throw new ArgumentException($"The answer dialog is begun with {nameof(AnswerOptions)}.", nameof(options));

    private static async Task<DialogTurnResult> AskAsync(KnowledgeSearch search, WaterfallStepContext<AnswerState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (FindArticle(search, state) is not { } article)
        {
            // The article went away with a knowledge-base reload: treat it as not helping, so the next one is tried.
            return await step.EndDialogAsync(DialogResult.Of(AnswerOutcome.NotHelped), cancellationToken).ConfigureAwait(false);
        }

        var phrases = BotPhrases.For(state.Language);
        if (state.Step == 0)
        {
            await step.Context.SendTextAsync(ArticleText.ShortAnswer(article, step.Context.Capabilities), cancellationToken).ConfigureAwait(false);
        }

        var options = article.Steps.Count == 0 || state.Step >= article.Steps.Count
            ? SupportPrompts.Buttons(article.Steps.Count == 0 ? phrases.DidItHelp : phrases.StepsDone, state.Language, SupportPrompts.Yes(phrases), SupportPrompts.No(phrases), SupportPrompts.Person(phrases))
            : SupportPrompts.Buttons(phrases.Step(state.Step + 1, article.Steps.Count, article.Steps[state.Step]), state.Language, SupportPrompts.Helped(phrases), SupportPrompts.NextStep(phrases), SupportPrompts.Person(phrases));
        return await step.PromptAsync(SupportPrompts.Choice, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> ReadAsync(KnowledgeSearch search, WaterfallStepContext<AnswerState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<FoundChoice>(out var choice))
        {
            return await EndAsync(step, AnswerOutcome.NewMessage, cancellationToken).ConfigureAwait(false);
        }

        var state = step.State;
        var article = FindArticle(search, state);
        var guided = article is not null && state.Step < article.Steps.Count;
        if (guided && choice.Value is SupportPrompts.NextStepValue or SupportPrompts.PersonValue)
        {
            var tried = article!.Steps[state.Step];
            await SupportStateProperties.UpdateAsync(step.Context, s => s with { TriedSteps = [.. s.TriedSteps, tried] }, cancellationToken).ConfigureAwait(false);
        }

        return choice.Value switch
        {
            SupportPrompts.HelpedValue => await EndAsync(step, AnswerOutcome.Helped, cancellationToken).ConfigureAwait(false),
            SupportPrompts.PersonValue => await EndAsync(step, AnswerOutcome.WantsPerson, cancellationToken).ConfigureAwait(false),
            SupportPrompts.NextStepValue => await step.ReplaceDialogAsync(Id, new AnswerOptions(state.ArticleId, state.Language, state.Step + 1), cancellationToken).ConfigureAwait(false),
            _ => await EndAsync(step, AnswerOutcome.NotHelped, cancellationToken).ConfigureAwait(false),
        };
    }

    private static Task<DialogTurnResult> EndAsync(WaterfallStepContext<AnswerState> step, AnswerOutcome outcome, CancellationToken cancellationToken) =>
        step.EndDialogAsync(DialogResult.Of(outcome), cancellationToken);

    private static Article? FindArticle(KnowledgeSearch search, AnswerState state) =>
        search.KnowledgeBase.Find(state.ArticleId, state.Language)
        ?? search.KnowledgeBase.Articles.FirstOrDefault(a => a.Id == state.ArticleId);
}
