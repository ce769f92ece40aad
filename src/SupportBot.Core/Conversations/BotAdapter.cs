namespace SupportBot.Core.Conversations;

/// <summary>
/// A channel's bridge to the bot: runs an incoming activity through the middleware to the bot, delivers what the bot
/// sends, and opens proactive turns from a stored <see cref="ConversationReference"/>.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>The event name of the incoming side of a proactive turn.</summary>
    public const string ContinueConversationEventName = "ContinueConversation";

    private readonly List<IMiddleware> _middleware = [];

    /// <summary>What this channel can show.</summary>
    public virtual ChannelCapabilities Capabilities => ChannelCapabilities.Default;

    /// <summary>
    /// True when the channel writes every activity it carries, in and out, into the transcript itself, as its own log
    /// (<see cref="TranscriptTable"/>); the transcript logger then records only what no channel carries, the traces.
    /// </summary>
    public virtual bool LogsToTranscript => false;

    /// <summary>
    /// Called when a turn throws: should log and apologize to the user. Without it the exception propagates to the
    /// channel.
    /// </summary>
    public Func<ITurnContext, Exception, CancellationToken, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware; it runs in the order added.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Delivers activities to the channel (already addressed); returns the ids the channel gave them.</summary>
    public abstract Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Runs one incoming activity through the middleware and the bot.</summary>
    public Task ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>
    /// Opens a turn in a stored conversation without a user message (an agent's reply, a reminder): the callback sends
    /// through the turn context. Middleware runs as for any turn.
    /// </summary>
    public Task ContinueConversationAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var continuation = reference.Address(new Activity { Type = ActivityTypes.Event, Name = ContinueConversationEventName }) with
        {
            // The incoming side of a proactive turn comes "from" the user, so replies are addressed to them.
            From = reference.User,
            Recipient = reference.Bot,
            Id = reference.ActivityId,
        };
        return RunPipelineAsync(new TurnContext(this, continuation), callback, cancellationToken);
    }

    private async Task RunPipelineAsync(TurnContext turnContext, Func<ITurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(turnContext, 0, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (OnTurnError is not null && exception is not OperationCanceledException)
        {
            await OnTurnError(turnContext, exception, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RunMiddlewareAsync(ITurnContext turnContext, int index, Func<ITurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return bot(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunMiddlewareAsync(turnContext, index + 1, bot, ct), cancellationToken);
    }
}
