using SupportBot.Core.Conversations;
using SupportBot.Core.Tickets;
using TicketEntry = SupportBot.Core.Tickets.TranscriptEntry;

namespace SupportBot.Core.Support;

/// <summary>
/// The desk's way into a ticket's conversation: an agent's reply delivered into the user's own chat (and recorded in
/// the ticket), a notice such as the expected wait, and the "resolved, please rate" message.
/// </summary>
public sealed class TicketConversation
{
    private readonly ITicketStore _tickets;
    private readonly TimeProvider _timeProvider;

    /// <summary>Records into <paramref name="tickets"/>.</summary>
    public TicketConversation(ITicketStore tickets, TimeProvider? timeProvider = null)
    {
        _tickets = tickets ?? throw new ArgumentNullException(nameof(tickets));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Delivers <paramref name="text"/> from agent <paramref name="agentName"/> into the ticket's chat and records it on the ticket.</summary>
    public async Task<TicketResult> DeliverAgentReplyAsync(BotAdapter adapter, ConversationReference reference, TicketNumber number, string agentName, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var agent = new ChannelAccount { Id = "agent:" + agentName, Name = agentName, Role = "agent" };
        await adapter.ContinueConversationAsync(
            reference,
            (turn, ct) => turn.SendActivityAsync(Activity.Message(text) with { From = agent }, ct),
            cancellationToken).ConfigureAwait(false);
        return await _tickets.AppendTranscriptAsync(
            number,
            [new TicketEntry { At = _timeProvider.GetUtcNow(), Role = TicketRole.Agent, SenderName = agentName, Text = text }],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the bot's <paramref name="text"/> (a wait notice, working hours) into the ticket's chat.</summary>
    public Task SendNoticeAsync(BotAdapter adapter, ConversationReference reference, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendTextAsync(text, ct), cancellationToken);
    }

    /// <summary>
    /// Tells the user the ticket is resolved and asks for a 1–5 rating; the conversation goes back to the bot, and the
    /// user's next message is the rating or, if it is not one, reopens the ticket.
    /// </summary>
    public Task NotifyResolvedAsync(BotAdapter adapter, ConversationReference reference, TicketNumber number, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var phrases = BotPhrases.For(language);
        return adapter.ContinueConversationAsync(
            reference,
            async (turn, ct) =>
            {
                await SupportStateProperties.UpdateAsync(turn, s => s with { OpenTicket = null, AwaitingRatingFor = number.ToString() }, ct).ConfigureAwait(false);
                await turn.SendTextAsync(phrases.TicketResolved(number.ToString()), ct, SuggestedActions.ImBack("1", "2", "3", "4", "5")).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
