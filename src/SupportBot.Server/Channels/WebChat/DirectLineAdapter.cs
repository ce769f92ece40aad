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

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("An outgoing activity has no conversation.", nameof(activities));
            var stored = await _conversations.AppendAsync(conversationId, activity with { ChannelId = ChannelId, From = activity.From ?? BotAccount }, cancellationToken).ConfigureAwait(false);
            responses[i] = new ResourceResponse(stored.Id!);
        }

        return responses;
    }

    /// <summary>
    /// Stores a user's activity in <paramref name="log"/> and, for messages and events, runs the bot's turn on it
    /// (turns of one conversation run one at a time). Returns the stored activity.
    /// </summary>
    internal async Task<Activity> ReceiveAsync(ConversationLog log, Activity incoming, IBot bot, CancellationToken cancellationToken)
    {
        await log.TurnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await _conversations.AppendAsync(log.Id, incoming with
            {
                ChannelId = ChannelId,
                Conversation = new ConversationAccount { Id = log.Id },
                Recipient = BotAccount,
            }, cancellationToken).ConfigureAwait(false);
            if (stored.Type is ActivityTypes.Message or ActivityTypes.Event)
            {
                await ProcessActivityAsync(stored, bot, cancellationToken).ConfigureAwait(false);
            }

            return stored;
        }
        finally
        {
            log.TurnGate.Release();
        }
    }
}
