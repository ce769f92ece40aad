using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>
/// Hands the conversation to L1: asks only for the details still missing (each can be skipped, the whole can be
/// cancelled), files the ticket, and gives the user its number. Ends with an <see cref="EscalationOutcome"/>.
/// </summary>
internal static class EscalationDialog
{
    public const string Id = "escalate";
    public const string SlotPromptId = "supportSlot";

    private static readonly TicketDetail[] Order = Enum.GetValues<TicketDetail>();

    public static WaterfallDialog<EscalationState> Create(TicketFiling filing)
    {
        var steps = new List<WaterfallStep<EscalationState>> { (step, ct) => IntroduceAsync(step, ct) };
        for (var i = 0; i < Order.Length; i++)
        {
            var read = Order[i];
            var ask = i + 1 < Order.Length ? Order[i + 1] : (TicketDetail?)null;
            steps.Add((step, ct) => ReadThenAskAsync(step, read, ask, filing, ct));
        }

        return new WaterfallDialog<EscalationState>(Id, SupportJsonContext.Readable.EscalationState, CreateState, steps);
    }

    private static EscalationState CreateState(DialogOptions? options) => options is EscalationOptions o
        ? o.Known
        : throw new ArgumentException($"The escalation dialog is begun with {nameof(EscalationOptions)}.", nameof(options));

    private static async Task<DialogTurnResult> IntroduceAsync(WaterfallStepContext<EscalationState> step, CancellationToken cancellationToken)
    {
        await step.Context.SendTextAsync(BotPhrases.For(step.State.Language).EscalationIntro, cancellationToken).ConfigureAwait(false);
        return await AskAsync(step, TicketDetail.Problem, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> ReadThenAskAsync(WaterfallStepContext<EscalationState> step, TicketDetail read, TicketDetail? ask, TicketFiling filing, CancellationToken cancellationToken)
    {
        if (step.TryGetResult<string>(out var answer))
        {
            if (answer == SupportPrompts.CancelValue)
            {
                await step.Context.SendTextAsync(BotPhrases.For(step.State.Language).EscalationCancelled, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(DialogResult.Of(EscalationOutcome.Cancelled), cancellationToken).ConfigureAwait(false);
            }

            if (answer != SupportPrompts.SkipValue)
            {
                step.State = With(step.State, read, answer);
                if (read == TicketDetail.Contact)
                {
                    await SupportStateProperties.User.SetAsync(step.Context, new UserProfile { Contact = answer }, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return ask is { } next
            ? await AskAsync(step, next, cancellationToken).ConfigureAwait(false)
            : await FileAsync(step, filing, cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<EscalationState> step, TicketDetail detail, CancellationToken cancellationToken)
    {
        if (Get(step.State, detail) is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var phrases = BotPhrases.For(step.State.Language);
        var question = detail switch
        {
            TicketDetail.Problem => phrases.AskProblem,
            TicketDetail.AlreadyTried => phrases.AskTried,
            TicketDetail.ErrorText => phrases.AskErrorText,
            TicketDetail.SoftwareVersion => phrases.AskVersion,
            _ => phrases.AskContact,
        };
        return step.PromptAsync(SlotPromptId, new PromptOptions { Prompt = question, Locale = step.State.Language }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FileAsync(WaterfallStepContext<EscalationState> step, TicketFiling filing, CancellationToken cancellationToken)
    {
        var support = await SupportStateProperties.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var (ticket, transcriptUpTo) = await filing.FileAsync(step.Context, step.State, support, cancellationToken).ConfigureAwait(false);
        var number = ticket.Number.ToString();
        await SupportStateProperties.Conversation.SetAsync(step.Context, support.WithNewCase() with { OpenTicket = number, FiledTranscriptUpTo = transcriptUpTo }, cancellationToken).ConfigureAwait(false);
        await step.Context.SendTextAsync(BotPhrases.For(step.State.Language).TicketCreated(number), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(DialogResult.Of(EscalationOutcome.Created), cancellationToken).ConfigureAwait(false);
    }

    private static string? Get(EscalationState state, TicketDetail detail) => detail switch
    {
        TicketDetail.Problem => state.Problem,
        TicketDetail.AlreadyTried => state.AlreadyTried,
        TicketDetail.ErrorText => state.ErrorText,
        TicketDetail.SoftwareVersion => state.SoftwareVersion,
        _ => state.Contact,
    };

    private static EscalationState With(EscalationState state, TicketDetail detail, string value) => detail switch
    {
        TicketDetail.Problem => state with { Problem = value, ErrorText = state.ErrorText ?? DetailExtractor.ErrorText(value), SoftwareVersion = state.SoftwareVersion ?? DetailExtractor.SoftwareVersion(value) },
        TicketDetail.AlreadyTried => state with { AlreadyTried = value },
        TicketDetail.ErrorText => state with { ErrorText = value },
        TicketDetail.SoftwareVersion => state with { SoftwareVersion = value },
        _ => state with { Contact = value },
    };
}
