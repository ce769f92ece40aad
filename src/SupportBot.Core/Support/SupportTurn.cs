using System.Text.Json;
using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Support.Dialogs;
using SupportBot.Core.Support.Review;

namespace SupportBot.Core.Support;

/// <summary>One user message on its way through the support bot: commands, dialog outcomes and fresh messages.</summary>
internal sealed class SupportTurn
{
    private readonly DialogContext _dialogs;
    private readonly MessageUnderstander _understander;
    private readonly ConfidencePolicy _policy;
    private readonly KnowledgeSearch _search;
    private readonly SupportBotOptions _options;
    private readonly ILogger _logger;
    private readonly ReviewRecorder _review;

    public SupportTurn(DialogContext dialogs, MessageUnderstander understander, ConfidencePolicy policy, KnowledgeSearch search, SupportBotOptions options, ILogger logger, ReviewRecorder review)
    {
        _review = review;
        _dialogs = dialogs;
        _understander = understander;
        _policy = policy;
        _search = search;
        _options = options;
        _logger = logger;
    }

    private ITurnContext Context => _dialogs.Context;

    public async Task RunCommandAsync(MessageSignals signals, CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.GetAsync(Context, cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        switch (signals.Command)
        {
            case "/start":
                await _dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await SupportStateProperties.UpdateAsync(Context, s => s.WithNewCase(), cancellationToken).ConfigureAwait(false);
                await HelpdeskBot.GreetAsync(Context, state.Language, cancellationToken).ConfigureAwait(false);
                break;
            case "/operator":
                await _dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await EscalateAsync("human_requested", cancellationToken).ConfigureAwait(false);
                break;
            case "/status":
                await _dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await _dialogs.BeginDialogAsync(TicketStatusDialog.Id, new TicketStatusOptions(state.Language), cancellationToken).ConfigureAwait(false);
                break;
            case "/cancel":
                await _dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await Context.SendTextAsync(phrases.Cancelled, cancellationToken).ConfigureAwait(false);
                break;
            case "/bot":
                await Context.SendTextAsync(phrases.BackToBot, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await Context.SendTextAsync(phrases.Help, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The outermost dialog ended: act on how it ended.</summary>
    public async Task OnDialogCompleteAsync(DialogResult? result, string text, MessageSignals signals, CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.GetAsync(Context, cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        switch (result)
        {
            case DialogResult<AnswerOutcome> { Value: AnswerOutcome.Helped }:
                await SupportStateProperties.UpdateAsync(Context, s => s.WithNewCase(), cancellationToken).ConfigureAwait(false);
                await Context.SendTextAsync(phrases.Glad, cancellationToken).ConfigureAwait(false);
                break;
            case DialogResult<AnswerOutcome> { Value: AnswerOutcome.NotHelped }:
                await TryNextArticleAsync(cancellationToken).ConfigureAwait(false);
                break;
            case DialogResult<AnswerOutcome> { Value: AnswerOutcome.WantsPerson }:
                await EscalateAsync("asked_during_answer", cancellationToken).ConfigureAwait(false);
                break;
            case DialogResult<AnswerOutcome> { Value: AnswerOutcome.NewMessage }:
                await RespondAsync(text, signals, cancellationToken).ConfigureAwait(false);
                break;
            case DialogResult<ChosenArticle> { Value.ArticleId: { } articleId }:
                await AnswerAsync(articleId, state.Language, cancellationToken).ConfigureAwait(false);
                break;
            case DialogResult<ChosenArticle>:
                await ClarifyOrEscalateAsync(text, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A message no dialog was waiting for: understand it, decide, act.</summary>
    public async Task RespondAsync(string text, MessageSignals signals, CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.GetAsync(Context, cancellationToken).ConfigureAwait(false);
        var understanding = _understander.Understand(WithClarifiedContext(text, state), state.Language, signals);
        var decision = _policy.Decide(understanding, new PolicyContext(state.Clarifications, state.FailedAnswers));
        await RecordAsync(understanding, decision, cancellationToken).ConfigureAwait(false);
        await _review.RecordAsync(Context, understanding, decision, cancellationToken).ConfigureAwait(false);
        state = await SupportStateProperties.UpdateAsync(Context, s => Remember(s, understanding, decision), cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        if (signals.WasCut)
        {
            await Context.SendTextAsync(phrases.MessageWasCut(_options.MaxMessageLength), cancellationToken).ConfigureAwait(false);
        }

        switch (decision.Kind)
        {
            case DecisionKind.AskToRephrase:
                await Context.SendTextAsync(phrases.AskToRephrase, cancellationToken).ConfigureAwait(false);
                break;
            case DecisionKind.Answer:
                await AnswerAsync(decision.Articles[0].Article.Id, state.Language, cancellationToken).ConfigureAwait(false);
                break;
            case DecisionKind.Disambiguate:
                var candidates = decision.Articles.Select(h => h.Article).ToArray();
                var options = new DisambiguationOptions([.. candidates.Select(a => a.Id)], [.. candidates.Select(a => a.Title)], state.Language);
                await _dialogs.BeginDialogAsync(DisambiguationDialog.Id, options, cancellationToken).ConfigureAwait(false);
                break;
            case DecisionKind.Clarify:
                await ClarifyOrEscalateAsync(text, cancellationToken).ConfigureAwait(false);
                break;
            case DecisionKind.Escalate:
                await EscalateAsync(decision.Rule, cancellationToken).ConfigureAwait(false);
                break;
            case DecisionKind.Empathize:
                IEnumerable<string> buttons = decision.Articles.Count > 0 ? [phrases.TalkToPerson, decision.Articles[0].Article.Title] : [phrases.TalkToPerson];
                var empathy = decision.Articles.Count > 0 ? phrases.EmpathizeWithArticle(decision.Articles[0].Article.Title) : phrases.Empathize;
                await Context.SendTextAsync(empathy, cancellationToken, SuggestedActions.ImBack(buttons)).ConfigureAwait(false);
                break;
            case DecisionKind.OutOfScope:
                await Context.SendTextAsync(phrases.OutOfScope, cancellationToken, SuggestedActions.ImBack(phrases.TalkToPerson)).ConfigureAwait(false);
                break;
            case DecisionKind.TicketStatus:
                await _dialogs.BeginDialogAsync(TicketStatusDialog.Id, new TicketStatusOptions(state.Language), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SmallTalkAsync(decision.Intent, phrases, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task AnswerAsync(string articleId, string language, CancellationToken cancellationToken)
    {
        await SupportStateProperties.UpdateAsync(Context, s => s with { Alternatives = [.. s.Alternatives.Where(id => id != articleId)] }, cancellationToken).ConfigureAwait(false);
        await _dialogs.BeginDialogAsync(AnswerDialog.Id, new AnswerOptions(articleId, language), cancellationToken).ConfigureAwait(false);
    }

    private async Task TryNextArticleAsync(CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.UpdateAsync(Context, s => s with { FailedAnswers = s.FailedAnswers + 1 }, cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        if (state.FailedAnswers >= _options.MaxFailedAnswers)
        {
            await EscalateAsync("answers_did_not_help", cancellationToken).ConfigureAwait(false);
            return;
        }

        var next = state.Alternatives.Select(id => _search.KnowledgeBase.Find(id, state.Language)).FirstOrDefault(a => a is not null);
        if (next is null)
        {
            await Context.SendTextAsync(phrases.NothingElse, cancellationToken, SuggestedActions.ImBack(phrases.TalkToPerson)).ConfigureAwait(false);
            return;
        }

        await Context.SendTextAsync(phrases.TryAnother(next.Title), cancellationToken).ConfigureAwait(false);
        await AnswerAsync(next.Id, state.Language, cancellationToken).ConfigureAwait(false);
    }

    private async Task ClarifyOrEscalateAsync(string text, CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.GetAsync(Context, cancellationToken).ConfigureAwait(false);
        if (state.Clarifications >= _options.MaxClarifications)
        {
            await EscalateAsync("low_confidence_after_clarification", cancellationToken).ConfigureAwait(false);
            return;
        }

        state = await SupportStateProperties.UpdateAsync(Context, s => s with { Clarifications = s.Clarifications + 1, PendingClarification = text }, cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        await Context.SendTextAsync(phrases.Clarify, cancellationToken, SuggestedActions.ImBack(phrases.ClarifyChoices)).ConfigureAwait(false);
    }

    private async Task EscalateAsync(string rule, CancellationToken cancellationToken)
    {
        var state = await SupportStateProperties.GetAsync(Context, cancellationToken).ConfigureAwait(false);
        var profile = await SupportStateProperties.User.GetAsync(Context, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        var phrases = BotPhrases.For(state.Language);
        var tried = state.TriedSteps.Count > 0 || state.OfferedArticles.Count > 0
            ? phrases.AlreadyTriedSummary(state.TriedSteps, [.. state.OfferedArticles.Select(a => a.Title)])
            : null;
        var known = new EscalationState
        {
            Reason = rule,
            Language = state.Language,
            Problem = state.Problem,
            AlreadyTried = tried,
            ErrorText = DetailExtractor.ErrorText(state.Problem),
            SoftwareVersion = DetailExtractor.SoftwareVersion(state.Problem),
            Contact = profile.Contact,
        };
        await _dialogs.BeginDialogAsync(EscalationDialog.Id, new EscalationOptions(known), cancellationToken).ConfigureAwait(false);
    }

    private Task SmallTalkAsync(string? intent, BotPhrases phrases, CancellationToken cancellationToken) => intent switch
    {
        "greeting" => HelpdeskBot.GreetAsync(Context, phrases.Language, cancellationToken),
        "thanks" => Context.SendTextAsync(phrases.YoureWelcome, cancellationToken),
        "goodbye" => Context.SendTextAsync(phrases.Goodbye, cancellationToken),
        "bot_capabilities" => Context.SendTextAsync(phrases.Capabilities, cancellationToken, SuggestedActions.ImBack(phrases.MenuChoices)),
        _ => Context.SendTextAsync(phrases.StrayYesNo, cancellationToken),
    };

    // The answer to a clarifying question ("VPN") is read together with the message it clarifies ("не работает").
    private static string WithClarifiedContext(string text, SupportState state) =>
        state.PendingClarification is { } pending && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
            ? pending + " " + text
            : text;

    private static SupportState Remember(SupportState state, Understanding understanding, TurnDecision decision)
    {
        var next = state with { Language = understanding.Language, PendingClarification = null };
        if (decision.Kind is DecisionKind.SmallTalk or DecisionKind.AskToRephrase or DecisionKind.TicketStatus or DecisionKind.OutOfScope)
        {
            return next;
        }

        var names = decision.Kind is DecisionKind.Answer or DecisionKind.Disambiguate or DecisionKind.Clarify or DecisionKind.Empathize
            || decision.Rule is "low_confidence_after_clarification";
        var offered = decision.Articles.Select(ArticleScore.Of);
        return next with
        {
            Problem = state.Problem ?? (names ? understanding.Text : null),
            Guesses = state.Guesses.Count > 0 || !names ? state.Guesses : [.. understanding.Prediction.Ranked.Take(3)],
            // Kept distinct as it grows, so a turn that offers nothing keeps the list as it is.
            OfferedArticles = decision.Kind == DecisionKind.Answer ? [.. state.OfferedArticles.Concat(offered).DistinctBy(a => a.Id)] : state.OfferedArticles,
            Alternatives = decision.Kind == DecisionKind.Answer
                ? [.. understanding.Search.Hits.Where(h => h.IsRelevant && h.Article.Id != decision.Articles[0].Article.Id).Select(h => h.Article.Id).Distinct()]
                : state.Alternatives,
        };
    }

    private async Task RecordAsync(Understanding understanding, TurnDecision decision, CancellationToken cancellationToken)
    {
        var trace = TurnTrace.Of(understanding, decision);
        var best = understanding.Prediction.Best;
        SupportLog.Decided(_logger, decision.Kind, decision.Rule, understanding.Language, best.Intent, best.Probability, trace.TopArticles.FirstOrDefault()?.Id ?? "-");
        SupportLog.Understood(_logger, understanding.Text);
        var activity = new Activity
        {
            Type = ActivityTypes.Trace,
            Name = "SupportBot.Decision",
            Value = JsonSerializer.SerializeToElement(trace, SupportJsonContext.Readable.TurnTrace),
        };
        await Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }
}
