namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// At most <c>limit</c> sends in any sliding window, as the receiving side counts them. A send holds its slot from
/// when it starts until a window after it completes: wherever in that span the server saw it, no window there can
/// hold more than <c>limit</c>. Thread-safe; time comes from the caller.
/// </summary>
internal sealed class SendRateWindow
{
    /// <summary>How soon to ask again when every slot is held by a send still under way.</summary>
    internal static readonly TimeSpan BusyRetry = TimeSpan.FromMilliseconds(10);

    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly List<SendSlot> _slots = [];
    private readonly Lock _lock = new();

    public SendRateWindow(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _limit = limit;
        _window = window;
    }

    /// <summary>A slot taken at <paramref name="now"/>, or null and how long to wait before asking again.</summary>
    public SendSlot? TryTake(DateTimeOffset now, out TimeSpan wait)
    {
        lock (_lock)
        {
            _slots.RemoveAll(s => !s.InFlight && s.Time + _window <= now);
            if (_slots.Count < _limit)
            {
                var slot = new SendSlot { Time = now, InFlight = true };
                _slots.Add(slot);
                wait = TimeSpan.Zero;
                return slot;
            }

            var finished = _slots.Where(s => !s.InFlight).Select(s => s.Time).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            wait = finished == DateTimeOffset.MaxValue ? BusyRetry : finished + _window - now;
            return null;
        }
    }

    /// <summary>Marks the send done at <paramref name="now"/> (succeeded or not); its slot is free a window later.</summary>
    public void Complete(SendSlot slot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        lock (_lock)
        {
            slot.Time = now;
            slot.InFlight = false;
        }
    }
}
