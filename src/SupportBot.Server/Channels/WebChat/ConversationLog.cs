using System.Text.Json;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// One Direct Line conversation in memory: its activities in order (watermark N = the first N), how many of them are
/// already in the store, and a signal for readers waiting on new ones. Readers only ever see stored activities, so a
/// watermark a client holds survives a server restart. Each activity is kept as the UTF-8 JSON it is sent and stored
/// as: serialized once, and one array per activity instead of an object graph for the collector to trace. Thread-safe.
/// </summary>
internal sealed class ConversationLog
{
    private readonly Lock _lock = new();
    private readonly List<byte[]> _activities;
    private TaskCompletionSource _changed = NewSignal();
    private DateTimeOffset _lastTimestamp;
    private int _durable;
    private int _streams;
    private long _lastUsed;
    private bool _evicted;

    public ConversationLog(string id, IReadOnlyList<byte[]> stored, long now)
    {
        Id = id;
        _activities = [.. stored];
        _durable = stored.Count;
        _lastTimestamp = stored.Count > 0 ? JsonSerializer.Deserialize(stored[^1], DirectLineJson.Context.Activity)?.Timestamp ?? DateTimeOffset.MinValue : DateTimeOffset.MinValue;
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
    public bool TryAppend(Activity activity, DateTimeOffset now, Action<ConversationLog, int, byte[]> store, out Activity stamped, out int sequence)
    {
        lock (_lock)
        {
            if (_evicted)
            {
                stamped = activity;
                sequence = 0;
                return false;
            }

            sequence = _activities.Count + 1;
            var timestamp = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            if (timestamp <= _lastTimestamp)
            {
                timestamp = _lastTimestamp.AddMilliseconds(1);
            }

            _lastTimestamp = timestamp;
            stamped = activity with { Id = Id + "|" + sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), Timestamp = timestamp };
            var json = JsonSerializer.SerializeToUtf8Bytes(stamped, DirectLineJson.Context.Activity);
            _activities.Add(json);
            store(this, sequence, json);
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
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Stored activities after <paramref name="watermark"/> (at most <paramref name="max"/>) and the new watermark.</summary>
    public ActivitySet Read(int watermark, int max)
    {
        lock (_lock)
        {
            // A watermark beyond the log (from before a crash lost unstored activities) restarts at the end.
            var from = Math.Clamp(watermark, 0, _durable);
            var count = Math.Min(max, _durable - from);
            var activities = count == 0 ? [] : _activities.GetRange(from, count);
            return new ActivitySet(activities, (from + count).ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    /// <summary>Completes once every activity up to <paramref name="sequence"/> is stored.</summary>
    public async Task WaitStoredAsync(int sequence, CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _durable) < sequence)
        {
            await WaitAsync(sequence - 1, cancellationToken).ConfigureAwait(false);
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
            if (Volatile.Read(ref _streams) > 0 || Interlocked.Read(ref _lastUsed) > idleSince || _durable < _activities.Count || TurnGate.CurrentCount == 0)
            {
                return false;
            }

            _evicted = true;
            return true;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
