using SupportBot.Core.Conversations;

namespace SupportBot.Core.Tests.Conversations;

public sealed class KeyedAsyncLockTests
{
    [Fact]
    public async Task Acquire_SameKey_SecondWaitsUntilTheFirstReleases()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("c1", CancellationToken.None);
        var second = locks.AcquireAsync("c1", CancellationToken.None).AsTask();
        var other = await locks.AcquireAsync("c2", CancellationToken.None);

        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        other.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_CancelledWhileWaiting_LeavesNoEntryBehind()
    {
        var locks = new KeyedAsyncLock();
        var held = await locks.AcquireAsync("c1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("c1", cancel.Token).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }
}
