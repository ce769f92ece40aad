namespace SupportBot.Core.Storage;

/// <summary>
/// Writes waiting for a store that takes them in batches, with at most one writer at a time and no thread of its own:
/// whoever queues (or needs its write stored) and finds nobody writing becomes the writer and takes batches until no
/// queued write is waited for. The writer's turn ends under the same lock that queues, so a write someone waits for is
/// never stranded; one queued for later (<see cref="AddForLater"/>) with nobody waiting yet stays for whoever writes
/// next. Thread-safe.
/// </summary>
public sealed class BatchQueue<T>
{
    private readonly Lock _lock = new();
    private readonly int _maxBatch;
    private List<T> _items = [];
    private bool _writing;
    // Someone waits for a write still queued: the writer must not stop until a batch has taken everything.
    private bool _awaited;
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
            _awaited = true;
            return lead;
        }
    }

    /// <summary>Queues <paramref name="item"/> for whoever writes next; its owner calls <see cref="TryLead"/> when it waits for it.</summary>
    public void AddForLater(T item)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _items.Add(item);
        }
    }

    /// <summary>
    /// For a caller about to wait for what it queued: true when something is queued and nobody is writing, so the
    /// caller is the writer now; false when the writer busy at it will take it, or there is nothing left to write.
    /// </summary>
    public bool TryLead()
    {
        lock (_lock)
        {
            if (_items.Count == 0)
            {
                return false;
            }

            _awaited = true;
            if (_writing)
            {
                return false;
            }

            _writing = true;
            return true;
        }
    }

    /// <summary>
    /// For a writer passing by (nobody waits on it): when nobody is writing and something is queued, makes the caller
    /// the writer and hands it the first batch; null otherwise. The caller ends its turn with <see cref="DrainOnPoolIfStillQueued"/>.
    /// </summary>
    public List<T>? TryTakeIfIdle()
    {
        lock (_lock)
        {
            if (_writing || _items.Count == 0)
            {
                return null;
            }

            _writing = true;
            return TakeLocked();
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

            return TakeLocked();
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
        DrainOnPoolIfStillQueued(write);
    }

    /// <summary>
    /// For a writer that has written its own batch: hands what someone waits for to the pool (<see cref="Drain"/>
    /// with <paramref name="write"/>), or ends its turn when nothing is (<see cref="StillQueued"/>).
    /// </summary>
    public void DrainOnPoolIfStillQueued(Action<List<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
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
    /// For a writer that has written its own batch: true when someone waits for a write that queued meanwhile and it
    /// stays the writer (to hand the rest to the pool); false ends its turn.
    /// </summary>
    public bool StillQueued()
    {
        lock (_lock)
        {
            _writing = _items.Count > 0 && _awaited;
            return _writing;
        }
    }

    private List<T> TakeLocked()
    {
        if (_items.Count <= _maxBatch)
        {
            // Everything queued is in this batch, so whoever waited is served by it.
            var all = _items;
            _items = [];
            _awaited = false;
            return all;
        }

        var batch = _items.GetRange(0, _maxBatch);
        _items.RemoveRange(0, _maxBatch);
        return batch;
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
