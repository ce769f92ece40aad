namespace SupportBot.Core.Storage;

/// <summary>
/// Writes waiting for a store that takes them in batches, with at most one writer at a time and no thread of its own:
/// whoever queues (or needs its write stored) and finds nobody writing becomes the writer and takes batches until the
/// queue is empty. The writer's turn ends under the same lock that queues, so a write queued meanwhile is never
/// stranded. Thread-safe.
/// </summary>
public sealed class BatchQueue<T>
{
    private readonly Lock _lock = new();
    private readonly int _maxBatch;
    private List<T> _items = [];
    private bool _writing;
    private bool _closed;

    /// <summary>A queue handing out at most <paramref name="maxBatch"/> writes at a time.</summary>
    public BatchQueue(int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _maxBatch = maxBatch;
    }

    /// <summary>True when nothing is queued and nobody is writing.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return !_writing && _items.Count == 0;
            }
        }
    }

    /// <summary>Queues <paramref name="item"/>; true when the caller found nobody writing and is the writer now.</summary>
    public bool Add(T item)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _items.Add(item);
            var lead = !_writing;
            _writing = true;
            return lead;
        }
    }

    /// <summary>Queues <paramref name="item"/> for whoever writes next (see <see cref="TryLead"/>).</summary>
    public void AddForLater(T item)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _items.Add(item);
        }
    }

    /// <summary>True when something is queued and nobody is writing: the caller is the writer now.</summary>
    public bool TryLead()
    {
        lock (_lock)
        {
            if (_writing || _items.Count == 0)
            {
                return false;
            }

            _writing = true;
            return true;
        }
    }

    /// <summary>The writer's next batch, oldest first; null when the queue is empty, which ends its turn.</summary>
    public List<T>? TakeBatch()
    {
        lock (_lock)
        {
            if (_items.Count == 0)
            {
                _writing = false;
                return null;
            }

            if (_items.Count <= _maxBatch)
            {
                var all = _items;
                _items = [];
                return all;
            }

            var batch = _items.GetRange(0, _maxBatch);
            _items.RemoveRange(0, _maxBatch);
            return batch;
        }
    }

    /// <summary>
    /// For the caller that has just become the writer: writes one batch with <paramref name="write"/> itself, then hands
    /// what queued meanwhile to the pool (<see cref="Drain"/>), so that no request is kept writing for others.
    /// </summary>
    public void WriteOneThenDrainOnPool(Action<List<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (TakeBatch() is not { } batch)
        {
            return;
        }

        write(batch);
        if (StillQueued())
        {
            _ = Task.Run(() => Drain(write));
        }
    }

    /// <summary>For the writer: writes batches with <paramref name="write"/> until the queue is empty, which ends its turn.</summary>
    public void Drain(Action<List<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        while (TakeBatch() is { } batch)
        {
            write(batch);
        }
    }

    /// <summary>
    /// For a writer that has written its own batch: true when more queued meanwhile and it stays the writer (to hand
    /// the rest to the pool); false ends its turn.
    /// </summary>
    public bool StillQueued()
    {
        lock (_lock)
        {
            _writing = _items.Count > 0;
            return _writing;
        }
    }

    /// <summary>Refuses further writes (<see cref="ObjectDisposedException"/>); what is queued can still be taken.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
        }
    }
}
