namespace SupportBot.Server.Channels.Telegram;

/// <summary>A bounded set of recently seen keys: the oldest are forgotten first. Thread-safe.</summary>
internal sealed class RecentKeys<T>
    where T : notnull
{
    private readonly int _capacity;
    private readonly HashSet<T> _keys = [];
    private readonly Queue<T> _order = new();
    private readonly Lock _lock = new();

    public RecentKeys(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Adds <paramref name="key"/>; false when it was already there.</summary>
    public bool TryAdd(T key)
    {
        lock (_lock)
        {
            if (!_keys.Add(key))
            {
                return false;
            }

            _order.Enqueue(key);
            if (_order.Count > _capacity)
            {
                _keys.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets <paramref name="key"/> (a webhook update that could not be queued may come again).</summary>
    public void Remove(T key)
    {
        lock (_lock)
        {
            // The queue keeps its entry; removing a key that is no longer in the set when it is dequeued is harmless.
            _keys.Remove(key);
        }
    }
}
