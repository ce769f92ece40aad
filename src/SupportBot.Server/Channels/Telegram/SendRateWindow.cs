namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// At most <c>limit</c> sends in any sliding window: a send may start only when the <c>limit</c>-th most recent one
/// started at least a window ago. Thread-safe; time comes from the caller.
/// </summary>
internal sealed class SendRateWindow
{
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly Queue<DateTimeOffset> _starts = new();
    private readonly Lock _lock = new();

    public SendRateWindow(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _limit = limit;
        _window = window;
    }

    /// <summary>Takes a slot at <paramref name="now"/> and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            while (_starts.Count > 0 && _starts.Peek() + _window <= now)
            {
                _starts.Dequeue();
            }

            if (_starts.Count < _limit)
            {
                _starts.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _starts.Peek() + _window - now;
        }
    }
}
