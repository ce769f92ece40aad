namespace SupportBot.Core.Conversations;

/// <summary>One turn: the incoming activity, the way to reply, and what the channel can show.</summary>
public interface ITurnContext
{
    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>What the channel can show.</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>True once the bot has sent a message in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn values shared between middleware and the bot, keyed by type.</summary>
    TurnState TurnState { get; }

    /// <summary>Sends activities in order, addressed as replies to the incoming activity; returns their ids.</summary>
    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Registers a handler that sees (and may change) every batch of outgoing activities before it is sent.</summary>
    void OnSendActivities(SendActivitiesHandler handler);
}
