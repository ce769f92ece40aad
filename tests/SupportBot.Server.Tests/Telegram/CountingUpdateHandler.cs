using System.Collections.Concurrent;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// An update handler that takes a little time per update (honouring cancellation like a real turn) and counts how
/// often each update was handled to the end; <see cref="OnHandled"/> lets a test stop the receiver mid-batch.
/// </summary>
internal sealed class CountingUpdateHandler : ITelegramUpdateHandler
{
    private readonly ConcurrentDictionary<long, int> _counts = new();

    public TimeSpan WorkTime { get; init; } = TimeSpan.FromMilliseconds(30);

    public Action<int>? OnHandled { get; set; }

    public IReadOnlyDictionary<long, int> Counts => _counts;

    public int Total => _counts.Values.Sum();

    public async Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken)
    {
        await Task.Delay(WorkTime, cancellationToken);
        _counts.AddOrUpdate(update.UpdateId, 1, (_, n) => n + 1);
        OnHandled?.Invoke(Total);
    }
}
