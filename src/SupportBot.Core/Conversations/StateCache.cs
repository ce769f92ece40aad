using System.Collections.Concurrent;

namespace SupportBot.Core.Conversations;

/// <summary>
/// The state values the store last wrote or read, so that a conversation's next turn starts without a query. The
/// writer updates it in commit order; a read that missed only fills a gap, never overwrites. Bounded: past
/// <see cref="Capacity"/> values, arbitrary ones leave (a miss costs one query). Stale only if something else writes
/// the same file, and then the version guard turns the next write into a conflict, which evicts the value.
/// </summary>
internal sealed class StateCache(int capacity)
{
    private readonly ConcurrentDictionary<StateKey, StoredState> _values = new();

    public int Capacity { get; } = capacity;

    public int Count => _values.Count;

    public bool TryGet(StateKey key, out StoredState? state) => _values.TryGetValue(key, out state);

    /// <summary>A value just read from the store; ignored when the writer has put a value there meanwhile.</summary>
    public void AddRead(StateKey key, StoredState state)
    {
        if (_values.TryAdd(key, state))
        {
            Trim();
        }
    }

    /// <summary>What a committed turn wrote: the new value with its new version, or gone for a delete.</summary>
    public void Committed(IReadOnlyList<StateWrite> writes)
    {
        foreach (var write in writes)
        {
            if (write.Utf8Json is null)
            {
                _values.TryRemove(write.Key, out _);
            }
            else
            {
                _values[write.Key] = new StoredState { Utf8Json = write.Utf8Json, Version = write.ExpectedVersion + 1, Value = write.Value };
            }
        }

        Trim();
    }

    /// <summary>A turn whose writes failed or lost a race: its values are read from the store again.</summary>
    public void Forget(IReadOnlyList<StateWrite> writes)
    {
        foreach (var write in writes)
        {
            _values.TryRemove(write.Key, out _);
        }
    }

    private void Trim()
    {
        if (_values.Count <= Capacity)
        {
            return;
        }

        // Down to three quarters at once, so trimming is rare; the dictionary's order is as good as random here.
        var excess = _values.Count - (Capacity * 3 / 4);
        foreach (var key in _values.Keys)
        {
            if (excess-- <= 0)
            {
                break;
            }

            _values.TryRemove(key, out _);
        }
    }
}
