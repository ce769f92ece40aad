namespace SupportBot.Core.Conversations;

/// <summary>
/// Records the incoming activity and every outgoing one (typing indicators and proactive-turn triggers excepted), or,
/// on a channel that logs what it carries into the transcript itself (<see cref="BotAdapter.LogsToTranscript"/>),
/// only the traces, which no channel carries. Behind <see cref="AutoSaveStateMiddleware"/> the entries join the turn's
/// transaction; otherwise, and after the turn is committed (the turn-error handler's apology), they are appended
/// straight to the store.
/// </summary>
public sealed class TranscriptLoggerMiddleware : IMiddleware
{
    private readonly ITranscriptStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly bool _channelLogsActivities;

    /// <summary>
    /// Records into <paramref name="store"/>, timed by <paramref name="timeProvider"/>; only the traces when
    /// <paramref name="channelLogsActivities"/>.
    /// </summary>
    public TranscriptLoggerMiddleware(ITranscriptStore store, TimeProvider? timeProvider = null, bool channelLogsActivities = false)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeProvider = timeProvider ?? TimeProvider.System;
        _channelLogsActivities = channelLogsActivities;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var incoming = turnContext.Activity;
        if (IsRecorded(incoming) && !IsContinuation(incoming))
        {
            await RecordAsync(turnContext, [Entry(incoming, TranscriptRoleNames.OfSender(incoming.From, TranscriptRole.User))], cancellationToken).ConfigureAwait(false);
        }

        turnContext.OnSendActivities(async (context, activities, sendNext, ct) =>
        {
            // Recorded once the channel took them, with the ids it gave; a failed send is the turn's error, not a message.
            var responses = await sendNext().ConfigureAwait(false);
            var entries = new List<TranscriptEntry>(activities.Count);
            for (var i = 0; i < activities.Count; i++)
            {
                var sent = activities[i];
                if (IsRecorded(sent))
                {
                    var id = i < responses.Count ? responses[i].Id : null;
                    entries.Add(Entry(sent with { Id = sent.Id ?? id }, TranscriptRoleNames.OfSender(sent.From, TranscriptRole.Bot)));
                }
            }

            if (entries.Count > 0)
            {
                await RecordAsync(context, entries, ct).ConfigureAwait(false);
            }

            return responses;
        });

        await next(cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(ITurnContext turnContext, IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<TurnUnitOfWork>() is { } work && work.TryRecord(entries))
        {
            return;
        }

        await _store.AppendAsync(entries, cancellationToken).ConfigureAwait(false);
    }

    private TranscriptEntry Entry(Activity activity, TranscriptRole role) => new()
    {
        ChannelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channel id."),
        ConversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."),
        Timestamp = _timeProvider.GetUtcNow(),
        Role = role,
        Activity = activity,
    };

    private bool IsRecorded(Activity activity) =>
        _channelLogsActivities ? activity.Type == ActivityTypes.Trace : activity.Type != ActivityTypes.Typing;

    private static bool IsContinuation(Activity activity) =>
        activity.Type == ActivityTypes.Event && activity.Name == BotAdapter.ContinueConversationEventName;
}
