using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// One Direct Line conversation in memory: the end of its activities (watermark N = the first N), how many are already
/// in the store, and a signal for readers waiting on new ones. Readers only ever see stored activities, so a watermark a
/// client holds survives a server restart. Each activity is kept as the UTF-8 JSON it is sent and stored as: serialized
/// once, and one array per activity instead of an object graph for the collector to trace. Only the unstored activities
/// and the latest <see cref="RecentKept"/> stored ones stay in memory (streams and polls read near the end); a reader
/// further back reads from the store, so a long conversation costs neither memory nor collector time. Thread-safe.
/// </summary>
internal sealed class ConversationLog
{
    /// <summary>
    /// How many stored activities stay in memory at least (up to twice as many before the oldest go): about one
    /// message's worth (its echo and the answers), which is what a stream or a poll reads. Kept longer, the arrays of a
    /// busy conversation live about a second, past the collector's young generations, and collections copy them (at
    /// 2,000 msg/s, 16 kept paused the server 4.3–4.8% of the time, 4 kept 2.9–3.8%).
    /// </summary>
    public const int RecentKept = 4;

    private readonly Lock _lock = new();
    // Activities _dropped + 1 .. _dropped + _recent.Count; the ones before are only in the store.
    private readonly List<byte[]> _recent;
    private int _dropped;
    private TaskCompletionSource _changed = NewSignal();
    private DateTimeOffset _lastTimestamp;
    private int _durable;
    private int _streams;
    private long _lastUsed;
    private bool _evicted;

    /// <summary>A conversation with <paramref name="storedCount"/> activities in the store, the last of which are <paramref name="storedRecent"/>.</summary>
    public ConversationLog(string id, int storedCount, IReadOnlyList<byte[]> storedRecent, long now)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(storedRecent.Count, storedCount);
        Id = id;
        _recent = [.. storedRecent];
        _dropped = storedCount - storedRecent.Count;
        _durable = storedCount;
        _lastTimestamp = storedRecent.Count > 0 ? JsonSerializer.Deserialize(storedRecent[^1], DirectLineJson.Context.Activity)?.Timestamp ?? DateTimeOffset.MinValue : DateTimeOffset.MinValue;
        _lastUsed = now;
    }

    public string Id { get; }

    /// <summary>Turns of one conversation run one at a time, so replies keep the order of the messages.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>
    /// Gives <paramref name="activity"/> its id and a timestamp later than every earlier one (Web Chat orders by
    /// timestamp at millisecond precision), appends its JSON, and hands that to <paramref name="store"/> inside the lock
    /// so the store writes in sequence order. False when the log was evicted and must be looked up again.
    /// </summary>
    public bool TryAppend(Activity activity, DateTimeOffset now, Action<ConversationLog, int, Activity, byte[]> store, out Activity stamped, out int sequence)
    {
        lock (_lock)
        {
            if (_evicted)
            {
                stamped = activity;
                sequence = 0;
                return false;
            }

            sequence = _dropped + _recent.Count + 1;
            var timestamp = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            if (timestamp <= _lastTimestamp)
            {
                timestamp = _lastTimestamp.AddMilliseconds(1);
            }

            _lastTimestamp = timestamp;
            stamped = activity with { Id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture), Timestamp = timestamp };
            var json = ReadableJson.SerializeToUtf8Bytes(stamped, DirectLineJsonContext.Default.Activity);
            _recent.Add(json);
            store(this, sequence, stamped, json);
            return true;
        }
    }

    /// <summary>Called by the store once activities up to <paramref name="sequence"/> are written; wakes the readers.</summary>
    public void MarkStored(int sequence)
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            if (sequence <= _durable)
            {
                return;
            }

            _durable = sequence;
            DropOldStored();
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>
    /// Stored activities after <paramref name="watermark"/> (at most <paramref name="max"/>) and the new watermark, when
    /// memory still has them; otherwise false with the range to read from the store: activities
    /// <paramref name="after"/> + 1 through <paramref name="through"/>.
    /// </summary>
    public bool TryRead(int watermark, int max, [NotNullWhen(true)] out ActivitySet? set, out int after, out int through)
    {
        lock (_lock)
        {
            // A watermark beyond the log (from before a crash lost unstored activities) restarts at the end.
            after = Math.Clamp(watermark, 0, _durable);
            through = after + Math.Min(max, _durable - after);
            if (after < _dropped)
            {
                set = null;
                return false;
            }

            var activities = through == after ? [] : _recent.GetRange(after - _dropped, through - after);
            set = new ActivitySet(activities, through.ToString(CultureInfo.InvariantCulture));
            return true;
        }
    }

    /// <summary>Completes when an activity after <paramref name="watermark"/> is stored.</summary>
    public Task WaitAsync(int watermark, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_lock)
        {
            if (_durable > watermark)
            {
                return Task.CompletedTask;
            }

            changed = _changed.Task;
        }

        return changed.WaitAsync(cancellationToken);
    }

    /// <summary>True once every activity up to <paramref name="sequence"/> is stored.</summary>
    public bool IsStored(int sequence) => Volatile.Read(ref _durable) >= sequence;

    /// <summary>Completes once every activity up to <paramref name="sequence"/> is stored.</summary>
    public async Task WaitStoredAsync(int sequence, CancellationToken cancellationToken)
    {
        while (!IsStored(sequence))
        {
            await WaitAsync(sequence - 1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many activities are held in memory (the unstored ones and the recent stored ones).</summary>
    public int ActivitiesInMemory
    {
        get
        {
            lock (_lock)
            {
                return _recent.Count;
            }
        }
    }

    /// <summary>True once the log left memory; a holder must look the conversation up again.</summary>
    public bool IsEvicted
    {
        get
        {
            lock (_lock)
            {
                return _evicted;
            }
        }
    }

    public void Touch(long now) => Interlocked.Exchange(ref _lastUsed, now);

    public void StreamOpened() => Interlocked.Increment(ref _streams);

    public void StreamClosed() => Interlocked.Decrement(ref _streams);

    /// <summary>Marks the log evicted when it is idle since <paramref name="idleSince"/>, fully stored and unwatched.</summary>
    public bool TryEvict(long idleSince)
    {
        lock (_lock)
        {
            if (Volatile.Read(ref _streams) > 0 || Interlocked.Read(ref _lastUsed) > idleSince || _durable < _dropped + _recent.Count || TurnGate.CurrentCount == 0)
            {
                return false;
            }

            _evicted = true;
            return true;
        }
    }

    // Drops stored activities beyond the recent ones, a batch at a time so the list is not shifted on every append.
    private void DropOldStored()
    {
        var old = _durable - _dropped - RecentKept;
        if (old >= RecentKept)
        {
            _recent.RemoveRange(0, old);
            _dropped += old;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
