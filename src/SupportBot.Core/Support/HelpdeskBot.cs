using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Support.Dialogs;
using SupportBot.Core.Support.Review;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Support;

/// <summary>
/// The L0 support bot: greets, answers from the knowledge base (guided where an article has steps), asks when unsure,
/// and hands the conversation to L1 as a ticket; while the ticket is open, the user's messages go to it.
/// Needs <see cref="AutoSaveStateMiddleware"/> and <see cref="TranscriptLoggerMiddleware"/> on the adapter.
/// </summary>
public sealed class HelpdeskBot : IBot
{
    private readonly MessageUnderstander _understander;
    private readonly ConfidencePolicy _policy;
    private readonly KnowledgeSearch _search;
    private readonly TicketFiling _filing;
    private readonly SupportBotOptions _options;
    private readonly DialogSet _dialogs;
    private readonly ILogger _logger;
    private readonly Handoff _handoff;
    private readonly ReviewRecorder _review;

    /// <summary>
    /// A bot over the live model and knowledge base, filing tickets into <paramref name="tickets"/> and, when given,
    /// keeping the messages it could not understand in <paramref name="reviewInbox"/>.
    /// </summary>
    public HelpdeskBot(
        LiveIntentModel model,
        KnowledgeSearch search,
        ITicketStore tickets,
        ITranscriptStore transcripts,
        SupportBotOptions options,
        TimeProvider? timeProvider = null,
        ILogger<HelpdeskBot>? logger = null,
        IReviewInbox? reviewInbox = null)
    {
        _search = search ?? throw new ArgumentNullException(nameof(search));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
        _understander = new MessageUnderstander(model, search, options);
        _policy = new ConfidencePolicy(options);
        timeProvider ??= TimeProvider.System;
        _filing = new TicketFiling(tickets, transcripts, timeProvider, _understander);
        _handoff = new Handoff(_filing);
        _review = new ReviewRecorder(reviewInbox, timeProvider);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _dialogs = new DialogSet()
            .Add(new ChoicePrompt(SupportPrompts.Choice))
            .Add(new TextPrompt(SupportPrompts.Text))
            .Add(new SlotPrompt(EscalationDialog.SlotPromptId))
            .Add(AnswerDialog.Create(search))
            .Add(DisambiguationDialog.Create())
            .Add(EscalationDialog.Create(_filing))
            .Add(TicketStatusDialog.Create(tickets));
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate && UserJoined(activity))
        {
            await GreetAsync(turnContext, LanguageOfLocale(activity.Locale), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var state = await SupportStateProperties.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (state.Language.Length == 0)
        {
            state = await SupportStateProperties.UpdateAsync(turnContext, s => s with { Language = LanguageOfLocale(activity.Locale) }, cancellationToken).ConfigureAwait(false);
        }

        var text = activity.Text ?? "";
        var signals = MessageSignalReader.Read(text, _options.MaxMessageLength);
        if (state.AwaitingRatingFor is not null && await _handoff.TryHandleRatingAsync(turnContext, state, signals, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (state.OpenTicket is not null && await _handoff.TryHandleAsync(turnContext, state, signals, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var dialogs = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var turn = new SupportTurn(dialogs, _understander, _policy, _search, _options, _logger, _review);
        if (signals.Command is not null)
        {
            await turn.RunCommandAsync(signals, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (dialogs.ActiveDialog is not null)
        {
            var result = await dialogs.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status == DialogTurnStatus.Complete)
            {
                await turn.OnDialogCompleteAsync(result.Result, text, signals, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (result.Status != DialogTurnStatus.Empty)
            {
                return;
            }
        }

        await turn.RespondAsync(text, signals, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"ru" for a Russian locale ("ru", "ru-RU"), else "en"; "ru" when there is none.</summary>
    internal static string LanguageOfLocale(string? locale) =>
        string.IsNullOrEmpty(locale) || locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "ru" : "en";

    internal static Task GreetAsync(ITurnContext turnContext, string language, CancellationToken cancellationToken)
    {
        var phrases = BotPhrases.For(language);
        return turnContext.SendTextAsync(phrases.Greeting, cancellationToken, SuggestedActions.ImBack(phrases.MenuChoices));
    }

    private static bool UserJoined(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) ?? false;
}
