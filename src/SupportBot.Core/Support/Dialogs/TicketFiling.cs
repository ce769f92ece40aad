using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Core.Tickets;
using ConversationEntry = SupportBot.Core.Conversations.TranscriptEntry;
using TicketEntry = SupportBot.Core.Tickets.TranscriptEntry;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>Turns a conversation into a ticket: the details, the full transcript, the bot's guesses and offered articles.</summary>
internal sealed class TicketFiling
{
    private const int TranscriptLimit = 1000;

    private readonly ITicketStore _tickets;
    private readonly ITranscriptStore _transcripts;
    private readonly TimeProvider _timeProvider;
    private readonly MessageUnderstander _understander;

    public TicketFiling(ITicketStore tickets, ITranscriptStore transcripts, TimeProvider timeProvider, MessageUnderstander understander)
    {
        _understander = understander;
        _tickets = tickets;
        _transcripts = transcripts;
        _timeProvider = timeProvider;
    }

    public ITicketStore Tickets => _tickets;

    /// <summary>
    /// Files the ticket with the conversation's transcript since the previous ticket (which already holds what came
    /// before); returns it with the transcript position it covers.
    /// </summary>
    public async Task<(Ticket Ticket, long TranscriptUpTo)> FileAsync(ITurnContext turnContext, EscalationState details, SupportState support, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? "";
        var conversationId = activity.Conversation?.Id ?? "";
        var stored = await _transcripts.GetTranscriptAsync(channelId, conversationId, support.FiledTranscriptUpTo, TranscriptLimit, cancellationToken).ConfigureAwait(false);
        var transcript = stored.Select(ToTicketEntry).OfType<TicketEntry>().ToList();
        if (!stored.Any(e => e.Activity.Id is { } id && id == activity.Id) && !string.IsNullOrWhiteSpace(activity.Text))
        {
            // This turn's message is saved with the turn, after the ticket: add it here so the agent sees it.
            transcript.Add(new TicketEntry { At = _timeProvider.GetUtcNow(), Role = TicketRole.User, SenderName = activity.From?.Name ?? "", Text = activity.Text });
        }

        var (guesses, articles) = Guesses(details, support);
        var ticket = await _tickets.CreateAsync(
            new NewTicket
            {
                ChannelId = channelId,
                ConversationId = conversationId,
                UserId = activity.From?.Id ?? "",
                UserName = activity.From?.Name ?? "",
                Language = details.Language,
                ConversationReference = JsonSerializer.Serialize(activity.GetConversationReference(), ActivityJsonContext.Readable.ConversationReference),
                Details = new TicketDetails
                {
                    Problem = details.Problem,
                    AlreadyTried = details.AlreadyTried,
                    ErrorText = details.ErrorText,
                    SoftwareVersion = details.SoftwareVersion,
                    Contact = details.Contact,
                },
                Transcript = transcript,
                Intents = guesses,
                Articles = articles,
                EscalationReason = details.Reason,
            },
            cancellationToken).ConfigureAwait(false);
        return (ticket, stored.Count > 0 ? stored[^1].Sequence : support.FiledTranscriptUpTo);
    }

    // The bot's guesses for the agent: from the case, or, when the user asked for a person straight away, from the
    // problem they described while the ticket was prepared.
    private (IntentGuess[] Intents, OfferedArticle[] Articles) Guesses(EscalationState details, SupportState support)
    {
        if (support.Guesses.Count > 0 || string.IsNullOrWhiteSpace(details.Problem))
        {
            return (
                [.. support.Guesses.Select(g => new IntentGuess { Intent = g.Intent, Probability = Math.Round(g.Probability, 4) })],
                [.. support.OfferedArticles.Select(a => new OfferedArticle { Id = a.Id, Title = a.Title, Score = a.Score })]);
        }

        var understanding = _understander.Understand(details.Problem, details.Language);
        return (
            [.. understanding.Prediction.Ranked.Take(3).Select(g => new IntentGuess { Intent = g.Intent, Probability = Math.Round(g.Probability, 4) })],
            [.. understanding.Search.Hits.Where(h => h.IsRelevant).Take(3).Select(h => new OfferedArticle { Id = h.Article.Id, Title = h.Article.Title, Score = Math.Round(h.Score, 3) })]);
    }

    /// <summary>Adds a user's message to their open ticket.</summary>
    public Task<TicketResult> AppendUserMessageAsync(TicketNumber number, Activity activity, CancellationToken cancellationToken) =>
        _tickets.AppendTranscriptAsync(
            number,
            [new TicketEntry { At = _timeProvider.GetUtcNow(), Role = TicketRole.User, SenderName = activity.From?.Name ?? "", Text = activity.Text ?? "" }],
            cancellationToken);

    private static TicketEntry? ToTicketEntry(ConversationEntry entry)
    {
        if (entry.Activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(entry.Activity.Text))
        {
            return null;
        }

        var role = entry.Role switch
        {
            TranscriptRole.User => TicketRole.User,
            TranscriptRole.Agent => TicketRole.Agent,
            _ => TicketRole.Bot,
        };
        return new TicketEntry { At = entry.Timestamp, Role = role, SenderName = entry.Activity.From?.Name ?? "", Text = entry.Activity.Text };
    }
}
