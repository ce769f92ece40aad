namespace SupportBot.Core.Conversations;

/// <summary>A turn's state write lost a race: the value changed after the turn read it (another process or conversation).</summary>
public sealed class StateConflictException : Exception
{
    /// <summary>A conflict on <paramref name="key"/>.</summary>
    public StateConflictException(StateKey key)
        : base($"State '{key?.Name}' of {key?.Scope} '{key?.OwnerId}' on '{key?.ChannelId}' changed since this turn read it.")
    {
        Key = key;
    }

    /// <summary>A conflict without a key.</summary>
    public StateConflictException()
    {
    }

    /// <summary>A conflict described by <paramref name="message"/>.</summary>
    public StateConflictException(string message)
        : base(message)
    {
    }

    /// <summary>A conflict described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The value that conflicted.</summary>
    public StateKey? Key { get; }
}
