using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Storage;

public sealed class BatchQueueTests
{
    [Fact]
    public async Task Add_ManyThreadsLeadingInTurn_EveryItemTakenOnceInEachThreadsOrder()
    {
        const int threads = 4;
        const int perThread = 20_000;
        var queue = new BatchQueue<(int Thread, int Index)>(maxBatch: 64);
        var taken = new List<(int Thread, int Index)>();
        var writers = 0;
        var mostWriters = 0;

        // Counted only while a batch is in hand: a writer's turn ends inside TakeBatch, so a count taken around the
        // whole loop would see the next writer start before the last one has left the loop.
        void WriteAll()
        {
            while (queue.TakeBatch() is { } batch)
            {
                InterlockedMax(ref mostWriters, Interlocked.Increment(ref writers));
                lock (taken)
                {
                    taken.AddRange(batch);
                }

                Interlocked.Decrement(ref writers);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                if (queue.Add((t, i)))
                {
                    WriteAll();
                }
            }
        })));

        Assert.True(queue.IsIdle);
        Assert.Equal(1, mostWriters);
        Assert.Equal(threads * perThread, taken.Count);
        foreach (var thread in taken.GroupBy(x => x.Thread))
        {
            Assert.Equal(Enumerable.Range(0, perThread), thread.Select(x => x.Index));
        }
    }

    [Fact]
    public void TryLead_QueuedForLater_OnlyOneCallerWritesAndTheTurnEndsWhenEmpty()
    {
        var queue = new BatchQueue<int>(maxBatch: 2);
        Assert.False(queue.TryLead());
        queue.AddForLater(1);
        queue.AddForLater(2);
        queue.AddForLater(3);

        Assert.True(queue.TryLead());
        Assert.False(queue.TryLead());
        Assert.Equal([1, 2], queue.TakeBatch());
        Assert.True(queue.StillQueued());
        Assert.Equal([3], queue.TakeBatch());
        Assert.Null(queue.TakeBatch());
        Assert.True(queue.IsIdle);
    }

    [Fact]
    public void StillQueued_QueuedForLaterWithNobodyWaiting_EndsTheTurnAndLeavesItForTheNextWriter()
    {
        var queue = new BatchQueue<int>(maxBatch: 10);
        queue.AddForLater(1);
        Assert.True(queue.TryLead());
        Assert.Equal([1], queue.TakeBatch());
        queue.AddForLater(2);

        Assert.False(queue.StillQueued());
        Assert.False(queue.IsIdle);
        Assert.True(queue.TryLead());
        Assert.Equal([2], queue.TakeBatch());
    }

    [Fact]
    public void StillQueued_OwnerWaitsWhileAnotherWrites_WriterStays()
    {
        var queue = new BatchQueue<int>(maxBatch: 10);
        queue.AddForLater(1);
        Assert.True(queue.TryLead());
        Assert.Equal([1], queue.TakeBatch());
        queue.AddForLater(2);

        Assert.False(queue.TryLead());
        Assert.True(queue.StillQueued());
        Assert.Equal([2], queue.TakeBatch());
        Assert.Null(queue.TakeBatch());
        Assert.True(queue.IsIdle);
    }

    [Fact]
    public void StillQueued_LeadersOwnWriteLeftOutOfAFullBatch_WriterStays()
    {
        var queue = new BatchQueue<int>(maxBatch: 2);
        queue.AddForLater(1);
        queue.AddForLater(2);
        queue.AddForLater(3);
        Assert.True(queue.TryLead());

        Assert.Equal([1, 2], queue.TakeBatch());
        Assert.True(queue.StillQueued());
        Assert.Equal([3], queue.TakeBatch());
    }

    [Fact]
    public void TryTakeIfIdle_TakesOnlyFromAnIdleQueueAndWaitsForNobody()
    {
        var queue = new BatchQueue<int>(maxBatch: 10);
        Assert.Null(queue.TryTakeIfIdle());
        queue.AddForLater(1);
        Assert.True(queue.TryLead());
        Assert.Null(queue.TryTakeIfIdle());
        Assert.Equal([1], queue.TakeBatch());
        Assert.Null(queue.TakeBatch());

        queue.AddForLater(2);
        Assert.Equal([2], queue.TryTakeIfIdle());
        Assert.False(queue.TryLead());
        queue.AddForLater(3);
        Assert.False(queue.StillQueued());
        Assert.Equal([3], queue.TryTakeIfIdle());
    }

    [Fact]
    public async Task WriteOneThenDrainOnPool_CallerWritesOneBatchAndThePoolWhatQueuedMeanwhile()
    {
        var queue = new BatchQueue<int>(maxBatch: 10);
        var written = new List<int[]>();
        using var callerReturned = new ManualResetEventSlim();
        var rest = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(queue.Add(1));

        queue.WriteOneThenDrainOnPool(batch =>
        {
            written.Add([.. batch]);
            if (batch[0] == 1)
            {
                // Queued by turns that wait for them.
                Assert.False(queue.Add(2));
                Assert.False(queue.Add(3));
            }
            else
            {
                // Written inline by the caller, this would wait in vain for the caller to return.
                rest.TrySetResult(callerReturned.Wait(TimeSpan.FromSeconds(5)));
            }
        });
        callerReturned.Set();

        Assert.True(await rest.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([[1], [2, 3]], written);
        await WaitIdleAsync(queue);
    }

    [Fact]
    public void Close_RefusesNewWritesButHandsOutQueuedOnes()
    {
        var queue = new BatchQueue<int>(maxBatch: 10);
        queue.AddForLater(1);
        queue.Close();

        Assert.Throws<ObjectDisposedException>(() => queue.AddForLater(2));
        Assert.Throws<ObjectDisposedException>(() => queue.Add(2));
        Assert.True(queue.TryLead());
        Assert.Equal([1], queue.TakeBatch());
    }

    private static async Task WaitIdleAsync<T>(BatchQueue<T> queue)
    {
        for (var i = 0; i < 500 && !queue.IsIdle; i++)
        {
            await Task.Delay(10);
        }

        Assert.True(queue.IsIdle);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
