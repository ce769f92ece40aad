using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>Tells a user the status of one of their own tickets, asking for the number when the message has none.</summary>
internal static class TicketStatusDialog
{
    public const string Id = "ticketStatus";

    public static WaterfallDialog<TicketStatusState> Create(ITicketStore tickets) =>
        new(Id, SupportJsonContext.Readable.TicketStatusState, CreateState, (step, ct) => LookUpOrAskAsync(step, tickets, ct), (step, ct) => LookUpAnswerAsync(step, tickets, ct));

    private static TicketStatusState CreateState(DialogOptions? options) => options is TicketStatusOptions o
        ? new TicketStatusState { Language = o.Language }
        : throw new ArgumentException($"The ticket-status dialog is begun with {nameof(TicketStatusOptions)}.", nameof(options));

    private static async Task<DialogTurnResult> LookUpOrAskAsync(WaterfallStepContext<TicketStatusState> step, ITicketStore tickets, CancellationToken cancellationToken)
    {
        if (TicketNumberFinder.Find(step.Context.Activity.Text ?? "") is { } number)
        {
            await ReplyAsync(step, tickets, number, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var phrases = BotPhrases.For(step.State.Language);
        var options = new PromptOptions { Prompt = phrases.AskTicketNumber, MaxAttempts = 1, Locale = step.State.Language };
        return await step.PromptAsync(SupportPrompts.Text, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> LookUpAnswerAsync(WaterfallStepContext<TicketStatusState> step, ITicketStore tickets, CancellationToken cancellationToken)
    {
        if (step.TryGetResult<string>(out var answer) && TicketNumberFinder.Find(answer) is { } number)
        {
            await ReplyAsync(step, tickets, number, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Not a number: the user moved on, so read the message afresh.
        return await step.EndDialogAsync(DialogResult.Of(AnswerOutcome.NewMessage), cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReplyAsync(WaterfallStepContext<TicketStatusState> step, ITicketStore tickets, TicketNumber number, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var phrases = BotPhrases.For(step.State.Language);
        var ticket = await tickets.GetForUserAsync(number, activity.ChannelId ?? "", activity.From?.Id ?? "", cancellationToken).ConfigureAwait(false);
        var text = ticket is null
            ? phrases.TicketNotFound(number.ToString())
            : phrases.TicketStatus(number.ToString(), phrases.StatusName(ticket.Status.ToString()));
        await step.Context.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
