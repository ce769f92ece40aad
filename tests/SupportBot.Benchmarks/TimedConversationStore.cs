using System.Collections.Concurrent;
using System.Diagnostics;
using SupportBot.Core.Conversations;

namespace SupportBot.Benchmarks;

/// <summary>Times the store's reads and commits, to tell the database's share of a turn from the engine's.</summary>
internal sealed class TimedConversationStore(IConversationStore inner) : IConversationStore
{
    private ConcurrentQueue<double> _reads = new();
    private ConcurrentQueue<double> _commits = new();

    public (double[] Reads, double[] Commits) TakeTimings()
    {
        double[] reads = [.. Interlocked.Exchange(ref _reads, new())];
        double[] commits = [.. Interlocked.Exchange(ref _commits, new())];
        Array.Sort(reads);
        Array.Sort(commits);
        return (reads, commits);
    }

    public async Task<StoredState?> ReadStateAsync(StateKey key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var state = await inner.ReadStateAsync(key, cancellationToken).ConfigureAwait(false);
        _reads.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return state;
    }

    public async Task CommitTurnAsync(IReadOnlyList<StateWrite> writes, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.CommitTurnAsync(writes, transcript, cancellationToken).ConfigureAwait(false);
        _commits.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task AppendAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken) =>
        inner.AppendAsync(entries, cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string channelId, string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        inner.GetTranscriptAsync(channelId, conversationId, afterSequence, limit, cancellationToken);
}
