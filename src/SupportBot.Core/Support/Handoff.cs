using SupportBot.Core.Conversations;
using SupportBot.Core.Support.Dialogs;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Support;

/// <summary>While a ticket holds the conversation, the user's messages go to the ticket instead of the bot.</summary>
internal sealed class Handoff
{
    private readonly TicketFiling _filing;

    public Handoff(TicketFiling filing) => _filing = filing;

    private static readonly HashSet<string> Closings = new(StringComparer.Ordinal)
    {
        "спасибо", "спасибо большое", "благодарю", "ок", "окей", "хорошо", "пока", "thanks", "thank you", "thx", "ok", "okay", "bye", "goodbye",
    };

    /// <summary>
    /// After "resolved, please rate": a 1–5 answer is the rating; any other message but a thank-you reopens the ticket.
    /// True when the message was handled so.
    /// </summary>
    public async Task<bool> TryHandleRatingAsync(ITurnContext turnContext, SupportState state, MessageSignals signals, CancellationToken cancellationToken)
    {
        await SupportStateProperties.UpdateAsync(turnContext, s => s with { AwaitingRatingFor = null }, cancellationToken).ConfigureAwait(false);
        if (!TicketNumber.TryParse(state.AwaitingRatingFor, out var number) || signals.IsEmpty || signals.Command is not null)
        {
            return false;
        }

        var phrases = BotPhrases.For(state.Language);
        var text = (turnContext.Activity.Text ?? "").Trim();
        if (text.Length == 1 && text[0] is >= '1' and <= '5')
        {
            await _filing.Tickets.RateAsync(number, text[0] - '0', null, cancellationToken).ConfigureAwait(false);
            await turnContext.SendTextAsync(phrases.ThanksForRating, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (Closings.Contains(Text.TextNormalizer.Normalize(text).TrimEnd('!', '.', ')')))
        {
            return false;
        }

        var reopened = await _filing.Tickets.ReopenAsync(number, TicketActor.User(turnContext.Activity.From?.Name ?? ""), null, cancellationToken).ConfigureAwait(false);
        if (!reopened.Succeeded)
        {
            return false;
        }

        await SupportStateProperties.UpdateAsync(turnContext, s => s with { OpenTicket = number.ToString() }, cancellationToken).ConfigureAwait(false);
        await _filing.AppendUserMessageAsync(number, turnContext.Activity, cancellationToken).ConfigureAwait(false);
        await turnContext.SendTextAsync(phrases.TicketReopened(number.ToString()), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>True when the message was handled as part of the open ticket; false when the bot should answer it.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, SupportState state, MessageSignals signals, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var open = await _filing.Tickets.FindOpenForConversationAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", cancellationToken).ConfigureAwait(false);
        if (open is null || open.Number.ToString() != state.OpenTicket)
        {
            // Resolved or closed in the meantime: the bot has the conversation back.
            await SupportStateProperties.UpdateAsync(turnContext, s => s with { OpenTicket = null }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var phrases = BotPhrases.For(state.Language);
        switch (signals.Command)
        {
            case "/bot":
                await SupportStateProperties.UpdateAsync(turnContext, s => s with { OpenTicket = null }, cancellationToken).ConfigureAwait(false);
                await turnContext.SendTextAsync(phrases.BackToBot, cancellationToken).ConfigureAwait(false);
                return true;
            case "/status" or "/help":
                return false;
        }

        if (signals.IsEmpty)
        {
            return false;
        }

        await _filing.AppendUserMessageAsync(open.Number, activity, cancellationToken).ConfigureAwait(false);
        if (open.Status != TicketStatus.InProgress)
        {
            // An agent working on the ticket answers in person; until then the user hears that the message arrived.
            await turnContext.SendTextAsync(phrases.AddedToTicket(open.Number.ToString()), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
