namespace SupportBot.Core.Conversations;

/// <summary>The turn context a <see cref="BotAdapter"/> gives the middleware and the bot.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly BotAdapter _adapter;
    private readonly List<SendActivitiesHandler> _sendHandlers = [];

    /// <summary>A turn for <paramref name="activity"/> on <paramref name="adapter"/>'s channel.</summary>
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public ChannelCapabilities Capabilities => _adapter.Capabilities;

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <inheritdoc />
    public TurnState TurnState { get; } = new();

    /// <inheritdoc />
    public void OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _sendHandlers.Add(handler);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ResourceResponse>>([]);
        }

        var addressed = activities.Select(a => Activity.CreateReply(a)).ToArray();
        return RunHandlersAsync(addressed, 0, cancellationToken);
    }

    private Task<IReadOnlyList<ResourceResponse>> RunHandlersAsync(IReadOnlyList<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index == _sendHandlers.Count)
        {
            if (activities.Any(a => a.Type == ActivityTypes.Message))
            {
                Responded = true;
            }

            return activities.Any(a => a.Type == ActivityTypes.Trace)
                ? DeliverSkippingTracesAsync(activities, cancellationToken)
                : _adapter.SendActivitiesAsync(this, activities, cancellationToken);
        }

        return _sendHandlers[index](this, activities, () => RunHandlersAsync(activities, index + 1, cancellationToken), cancellationToken);
    }

    // Handlers (the transcript) see trace activities; the channel does not. Each activity still gets a response, in order.
    private async Task<IReadOnlyList<ResourceResponse>> DeliverSkippingTracesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var delivered = activities.Where(a => a.Type != ActivityTypes.Trace).ToArray();
        var sent = delivered.Length == 0
            ? []
            : await _adapter.SendActivitiesAsync(this, delivered, cancellationToken).ConfigureAwait(false);
        var responses = new ResourceResponse[activities.Count];
        var next = 0;
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = activities[i].Type == ActivityTypes.Trace || next >= sent.Count
                ? new ResourceResponse(activities[i].Id ?? "")
                : sent[next++];
        }

        return responses;
    }
}
