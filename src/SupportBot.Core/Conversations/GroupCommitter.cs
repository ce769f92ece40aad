using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>
/// Group commit: turns that finish while the writer is busy queue up, and the next writer saves all of them in one
/// transaction (each turn in its own savepoint). SQLite lets one writer in at a time anyway; batching spares a
/// transaction and a thread hand-off per turn, which is what limits throughput under load. The turn that finds the writer
/// idle becomes it for one batch; what queued meanwhile is drained on the thread pool. The database's
/// <see cref="SqliteDatabase.CommitRider"/> (the web chat's activities) writes what it has queued into the same
/// transaction, so a turn's answer is stored by the commit that stores its state.
/// </summary>
internal sealed class GroupCommitter
{
    private const int MaxBatch = 256;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly StateCache _cache;
    private readonly BatchQueue<PendingCommit> _queue = new(MaxBatch);
    private readonly TurnBatchWriter _writer;

    public GroupCommitter(SqliteDatabase database, TimeProvider timeProvider, StateCache cache)
    {
        _database = database;
        _writer = new TurnBatchWriter(database);
        _timeProvider = timeProvider;
        _cache = cache;
    }

    public Task CommitAsync(IReadOnlyList<StateWrite> writes, IReadOnlyList<TranscriptEntry> transcript)
    {
        var pending = new PendingCommit(writes, transcript);
        return _queue.Add(pending) ? Lead(pending) : pending.Task;
    }

    // The queue was empty when this turn became the writer, so the first batch holds it; turns that queued meanwhile
    // are written by the pool, so this turn can go on with its answer.
    private Task Lead(PendingCommit own)
    {
        _queue.WriteOneThenDrainOnPool(Write);
        return own.Task;
    }

    private void Write(List<PendingCommit> batch)
    {
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            StateConflictException?[] outcomes;
            using (_database.WriteLock.EnterScope())
            {
                outcomes = _writer.CommitBatch(batch, now, _database.CommitRider);
            }

            for (var i = 0; i < batch.Count; i++)
            {
                // The cache follows the file in commit order, before the turn can start its next one.
                if (outcomes[i] is null)
                {
                    _cache.Committed(batch[i].Writes);
                }
                else
                {
                    _cache.Forget(batch[i].Writes);
                }

                batch[i].Complete(outcomes[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One turn's bad data must not cost the others theirs: save them one by one.
            foreach (var turn in batch)
            {
                Write([turn]);
            }
        }
        catch (Exception exception)
        {
            _cache.Forget(batch[0].Writes);
            batch[0].Complete(exception);
        }
    }
}
