using Microsoft.Extensions.Options;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// The web chat's bridge to the bot: stores each posted activity (the echo Web Chat waits for), runs the turn through
/// the bot, and appends what the bot sends to the conversation, from where polling and WebSocket clients read it.
/// Proactive messages (an agent's reply) go through <see cref="BotAdapter.ContinueConversationAsync"/> with a
/// reference taken from any activity of the conversation.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id activities of this channel carry.</summary>
    public const string ChannelId = "webchat";

    private readonly DirectLineConversations _conversations;

    internal DirectLineAdapter(DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        _conversations = conversations;
        BotAccount = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };
    }

    /// <summary>The bot's account, as the recipient of user activities and the sender of replies.</summary>
    public ChannelAccount BotAccount { get; }

    /// <summary>The conversation's Direct Line log is its transcript: every activity is stored once.</summary>
    public override bool LogsToTranscript => true;

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        ConversationLog? log = null;
        var last = 0;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("An outgoing activity has no conversation.", nameof(activities));
            var appended = await _conversations.AppendWithoutWaitingAsync(conversationId, activity with { ChannelId = ChannelId, From = activity.From ?? BotAccount }, cancellationToken).ConfigureAwait(false);
            (log, last) = (appended.Log, appended.Sequence);
            responses[i] = new ResourceResponse(appended.Stamped.Id!);
        }

        // Inside a user's turn the turn waits once for everything it sent; a proactive send waits here.
        if (turnContext.TurnState.Get<StoredTurn>() is { } turn)
        {
            turn.Remember(log!, last);
        }
        else if (log is not null)
        {
            await _conversations.WaitStoredAsync(log, last, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    /// <summary>
    /// Stores a user's activity in <paramref name="log"/> and, for messages and events, runs the bot's turn on it
    /// (turns of one conversation run one at a time). Returns once the activity and every reply are stored.
    /// </summary>
    internal async Task<Activity> ReceiveAsync(ConversationLog log, Activity incoming, IBot bot, CancellationToken cancellationToken)
    {
        await log.TurnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (echoLog, stored, sequence) = await _conversations.AppendWithoutWaitingAsync(log.Id, incoming with
            {
                ChannelId = ChannelId,
                Conversation = new ConversationAccount { Id = log.Id },
                Recipient = BotAccount,
            }, cancellationToken).ConfigureAwait(false);
            var turn = new StoredTurn(_conversations, echoLog, sequence);
            if (stored.Type is ActivityTypes.Message or ActivityTypes.Event)
            {
                await RunTurnAsync(stored, bot, turn, cancellationToken).ConfigureAwait(false);
            }

            await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            return stored;
        }
        finally
        {
            log.TurnGate.Release();
        }
    }

    private Task RunTurnAsync(Activity activity, IBot bot, StoredTurn turn, CancellationToken cancellationToken) =>
        ProcessActivityAsync(activity, new TurnStateBot(bot, turn), cancellationToken);

    /// <summary>The last activity a turn appended, to wait for once at the end of the turn.</summary>
    private sealed class StoredTurn(DirectLineConversations conversations, ConversationLog log, int sequence)
    {
        private ConversationLog _log = log;
        private int _sequence = sequence;

        public void Remember(ConversationLog log, int sequence) => (_log, _sequence) = (log, Math.Max(_sequence, sequence));

        public Task WaitAsync(CancellationToken cancellationToken) => conversations.WaitStoredAsync(_log, _sequence, cancellationToken);
    }

    /// <summary>Puts the turn's <see cref="StoredTurn"/> into the turn state before the bot runs.</summary>
    private sealed class TurnStateBot(IBot bot, StoredTurn turn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            turnContext.TurnState.Set(turn);
            return bot.OnTurnAsync(turnContext, cancellationToken);
        }
    }
}
