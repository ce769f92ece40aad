using SupportBot.Core.Conversations;
using SupportBot.Core.Support.Dialogs;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Support;

/// <summary>While a ticket holds the conversation, the user's messages go to the ticket instead of the bot.</summary>
internal sealed class Handoff
{
    private readonly TicketFiling _filing;

    public Handoff(TicketFiling filing) => _filing = filing;

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
