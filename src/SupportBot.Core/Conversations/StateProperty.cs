using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Conversations;

/// <summary>
/// A typed, named state value of the conversation or the user (Bot Builder's state property accessor), serialized by
/// a source-generated <see cref="JsonTypeInfo{T}"/>. Read and changed during a turn, saved at its end by
/// <see cref="AutoSaveStateMiddleware"/>; a stored value that no longer reads as <typeparamref name="T"/> is logged
/// and starts over from the default.
/// </summary>
public sealed class StateProperty<T>
{
    private readonly JsonTypeInfo<T> _typeInfo;

    /// <summary>
    /// A property <paramref name="name"/> in <paramref name="scope"/>. Say <paramref name="immutableValues"/> when
    /// <typeparamref name="T"/> cannot change once made (init-only records): a value is then handed to the next turn as
    /// it is instead of being read from JSON again.
    /// </summary>
    public StateProperty(StateScope scope, string name, JsonTypeInfo<T> typeInfo, bool immutableValues = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Scope = scope;
        Name = name;
        ImmutableValues = immutableValues;
        _typeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
    }

    /// <summary>Conversation or user state.</summary>
    public StateScope Scope { get; }

    /// <summary>The name the value is stored under.</summary>
    public string Name { get; }

    /// <summary>True when values of <typeparamref name="T"/> never change once made, so they may be shared between turns.</summary>
    public bool ImmutableValues { get; }

    /// <summary>The stored value, or <paramref name="createDefault"/>'s (not saved unless <see cref="Set"/>).</summary>
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> createDefault, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createDefault);
        var slot = await GetSlotAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (slot.HasValue)
        {
            return slot.Value;
        }

        var value = createDefault();
        if (slot.WasMalformed)
        {
            // Overwrite the unreadable value so the next turn does not trip over it again.
            slot.Set(value);
        }

        return value;
    }

    /// <summary>Replaces the value; saved at the end of the turn.</summary>
    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        var slot = await GetSlotAsync(turnContext, cancellationToken).ConfigureAwait(false);
        slot.Set(value);
    }

    /// <summary>Deletes the value at the end of the turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var slot = await GetSlotAsync(turnContext, cancellationToken).ConfigureAwait(false);
        slot.Delete();
    }

    /// <summary>Replaces a value this turn has already read, without another trip to the store.</summary>
    internal void SetLoaded(ITurnContext turnContext, T value)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var work = turnContext.TurnState.Get<TurnUnitOfWork>()
            ?? throw new InvalidOperationException($"State '{Name}' needs {nameof(AutoSaveStateMiddleware)} on the adapter.");
        work.GetLoadedSlot<T>(KeyFor(turnContext.Activity)).Set(value);
    }

    private Task<StateSlot<T>> GetSlotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var work = turnContext.TurnState.Get<TurnUnitOfWork>()
            ?? throw new InvalidOperationException($"State '{Name}' needs {nameof(AutoSaveStateMiddleware)} on the adapter.");
        return work.GetSlotAsync(KeyFor(turnContext.Activity), _typeInfo, ImmutableValues, cancellationToken);
    }

    private StateKey KeyFor(Activity activity)
    {
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channel id.");
        var ownerId = Scope switch
        {
            StateScope.Conversation => activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."),
            StateScope.User => activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender id."),
            _ => throw new InvalidOperationException($"Unknown state scope {Scope}."),
        };
        return new StateKey { Scope = Scope, ChannelId = channelId, OwnerId = ownerId, Name = Name };
    }
}
