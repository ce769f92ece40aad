namespace SupportBot.Core.Conversations;

/// <summary>One state value loaded in a turn: the version read and, when changed, the write it makes at commit.</summary>
internal abstract class StateSlot
{
    protected StateSlot(StateKey key, StoredState? stored)
    {
        Key = key;
        LoadedJson = stored?.Utf8Json;
        Version = stored?.Version ?? 0;
    }

    public StateKey Key { get; }

    protected byte[]? LoadedJson { get; }

    protected long Version { get; }

    /// <summary>The write this slot needs, or null when the value is unchanged.</summary>
    public abstract StateWrite? GetWrite();
}
