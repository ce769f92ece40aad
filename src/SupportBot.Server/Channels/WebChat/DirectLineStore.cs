using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// Keeps Direct Line conversations and their activities in the SQLite file: each activity once, in the transcript
/// (<see cref="TranscriptTable"/>), numbered by its position in the conversation, so the log the clients replay is the
/// transcript tickets are filed from. Writes queue up and are committed in batches (one transaction for everything
/// waiting), which keeps per-conversation order and lets hundreds of conversations write at once. No thread of its
/// own: whoever needs a write stored and finds nobody writing becomes the writer and drains the queue (a turn waiting
/// for its replies is already running, where waking a writer thread on a busy machine costs milliseconds). While it
/// runs, what is queued also rides along in the conversation store's group commits (<see cref="ICommitRider"/>), so a
/// turn's state and its activities are stored by one commit. A failed batch is retried, never dropped, and the queue
/// is drained at shutdown.
/// </summary>
internal sealed partial class DirectLineStore(SqliteDatabase database, ILogger<DirectLineStore> logger) : IHostedService, ICommitRider
{
    private const int MaxBatch = 512;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id TEXT NOT NULL PRIMARY KEY,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    private const string InsertConversation = "INSERT OR IGNORE INTO directline_conversations (id, created_at) VALUES (?, ?)";

    // Files from before the log moved into the transcript kept each activity twice: once in directline_activities and,
    // apart from the typing indicators, again in the transcript. The log's copies move over (the time and the role are
    // read from the activity) and the transcript's duplicates go, so every activity is left once, with the bot's traces.
    private const string MoveOldActivities = $"""
        DELETE FROM transcript WHERE channel_id = '{DirectLineAdapter.ChannelId}' AND channel_seq IS NULL AND json_extract(activity, '$.type') IS NOT 'trace';
        INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity, channel_seq)
            SELECT '{DirectLineAdapter.ChannelId}', conversation_id,
                CAST(round((coalesce(julianday(json_extract(activity, '$.timestamp')), julianday('now')) - 2440587.5) * 86400000) AS INTEGER),
                CASE json_extract(activity, '$.from.role') WHEN 'user' THEN 'user' WHEN 'agent' THEN 'agent' ELSE 'bot' END,
                json_extract(activity, '$.id'), activity, seq
            FROM directline_activities ORDER BY conversation_id, seq;
        DROP TABLE directline_activities;
        """;

    private const string SavepointRider = "SAVEPOINT directline";
    private const string ReleaseRider = "RELEASE directline";
    private const string RollbackToRider = "ROLLBACK TO directline";

    private readonly BatchQueue<PendingWrite> _queue = new(MaxBatch);

    /// <summary>Queues a new conversation; completes when it is stored.</summary>
    public Task AddConversationAsync(string conversationId, DateTimeOffset createdAt)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new PendingWrite(conversationId, 0, null, createdAt.ToString("O"), null, stored));
        Flush();
        return stored.Task;
    }

    /// <summary>
    /// Queues an activity as <paramref name="log"/> stamped it (called inside the log's lock, so sequence order is
    /// queue order); it is written by the next <see cref="Flush"/>, which whoever waits for it calls.
    /// </summary>
    public void AddActivity(ConversationLog log, int sequence, Activity stamped, byte[] activityJson)
    {
        var role = TranscriptRoleNames.Of(TranscriptRoleNames.OfSender(stamped.From, TranscriptRole.Bot));
        var activity = new LoggedActivity(stamped.Timestamp?.ToUnixTimeMilliseconds() ?? 0, role, stamped.Id, activityJson);
        Enqueue(new PendingWrite(log.Id, sequence, activity, null, log, null));
    }

    /// <summary>
    /// Writes what is queued unless a writer is at it already, who drains the queue before stopping, so what the caller
    /// queued is written either way. The caller writes one batch; what queued meanwhile is drained on the pool, so a
    /// request is never kept writing for others.
    /// </summary>
    public void Flush()
    {
        if (_queue.TryLead())
        {
            _queue.WriteOneThenDrainOnPool(Write);
        }
    }

    /// <summary>Inside the group commit's transaction: the queued activities, if no writer of ours is at them.</summary>
    IRiddenWrites? ICommitRider.WriteQueued()
    {
        if (_queue.TryTakeIfIdle() is not { } batch)
        {
            return null;
        }

        // From here on the batch is ours to store: whatever fails, it goes back to our own writer, and a savepoint keeps
        // a failed insert out of the turns' commit.
        try
        {
            database.WriterStatement(SavepointRider).Execute();
            InsertRows(batch);
            database.WriterStatement(ReleaseRider).Execute();
            return new RiddenBatch(this, batch, Inserted: true);
        }
        catch (SqliteException exception)
        {
            LogWriteFailed(logger, batch.Count, 1, exception);
            try
            {
                database.WriterStatement(RollbackToRider).Execute();
                database.WriterStatement(ReleaseRider).Execute();
            }
            catch (SqliteException)
            {
                // The transaction is broken and the turns' commit fails with it; the rows are written again either way.
            }

            return new RiddenBatch(this, batch, Inserted: false);
        }
    }

    private void Write(List<PendingWrite> batch)
    {
        WriteWithRetry(batch);
        MarkStored(batch);
    }

    private static void MarkStored(List<PendingWrite> batch)
    {
        foreach (var write in batch)
        {
            write.Log?.MarkStored(write.Sequence);
            write.Stored?.TrySetResult();
        }
    }

    /// <summary>
    /// A stored conversation's activity count and its last <paramref name="recent"/> activities (as UTF-8 JSON), or
    /// null when there is none.
    /// </summary>
    public async Task<(int Count, IReadOnlyList<byte[]> Recent)?> LoadAsync(string conversationId, int recent, CancellationToken cancellationToken)
    {
        EnsureSchema();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT 1 FROM directline_conversations WHERE id = $id";
            exists.Parameters.AddWithValue("$id", conversationId);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                return null;
            }

            // Batches are written whole and in order, so the stored sequence numbers are always 1..N, in the
            // transcript's order.
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT channel_seq, activity FROM transcript WHERE channel_id = $channel AND conversation_id = $id AND channel_seq IS NOT NULL ORDER BY seq DESC LIMIT $recent";
            select.Parameters.AddWithValue("$channel", DirectLineAdapter.ChannelId);
            select.Parameters.AddWithValue("$id", conversationId);
            select.Parameters.AddWithValue("$recent", recent);
            var count = 0;
            var activities = new List<byte[]>(recent);
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    count = Math.Max(count, reader.GetInt32(0));
                    activities.Add(ActivityJson(reader));
                }
            }

            activities.Reverse();
            return (count, activities);
        }
    }

    /// <summary>A conversation's stored activities <paramref name="after"/> + 1 through <paramref name="through"/>, in order.</summary>
    public async Task<IReadOnlyList<byte[]>> LoadRangeAsync(string conversationId, int after, int through, CancellationToken cancellationToken)
    {
        EnsureSchema();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT activity FROM transcript WHERE channel_id = $channel AND conversation_id = $id AND channel_seq > $after AND channel_seq <= $through ORDER BY seq";
            select.Parameters.AddWithValue("$channel", DirectLineAdapter.ChannelId);
            select.Parameters.AddWithValue("$id", conversationId);
            select.Parameters.AddWithValue("$after", after);
            select.Parameters.AddWithValue("$through", through);
            var activities = new List<byte[]>(Math.Max(0, through - after));
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    activities.Add(ActivityJson(reader));
                }
            }

            return activities;
        }
    }

    /// <summary>True when the store answers a query.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            EnsureSchema();
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM directline_conversations WHERE 0";
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureSchema();
        database.CommitRider = this;
        return Task.CompletedTask;
    }

    /// <summary>Drains the queue: everything accepted before shutdown reaches the file.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Close();
        while (true)
        {
            Flush();
            if (_queue.IsIdle)
            {
                database.CommitRider = null;
                return;
            }

            // Another caller is writing the last batches.
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Enqueue(PendingWrite write)
    {
        try
        {
            _queue.AddForLater(write);
        }
        catch (ObjectDisposedException)
        {
            throw new InvalidOperationException("The Direct Line store is shutting down.");
        }
    }

    // The writer is a pool thread: while the file is broken it keeps retrying there, holding that thread (and the
    // request it came with) until the file works; the pool adds threads meanwhile, and nothing accepted is dropped.
    private void WriteWithRetry(List<PendingWrite> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                EnsureSchema();
                using (database.WriteLock.EnterScope())
                {
                    WriteRows(batch);
                }

                return;
            }
            catch (SqliteException exception)
            {
                // A locked or full disk is usually transient; losing accepted messages is not an option.
                LogWriteFailed(logger, batch.Count, attempt, exception);
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(5000, 50 * attempt)));
            }
        }
    }

    // On the conversation store's writer connection, with its statements: one page cache for both writers.
    private void WriteRows(List<PendingWrite> batch)
    {
        using var transaction = database.WriterConnection().BeginTransaction();
        InsertRows(batch);
        transaction.Commit();
    }

    private void InsertRows(List<PendingWrite> batch)
    {
        var append = database.WriterStatement(TranscriptTable.Append);
        foreach (var write in batch)
        {
            if (write.Activity is not { } activity)
            {
                database.WriterStatement(InsertConversation).Bind(1, write.ConversationId).Bind(2, write.CreatedAt).Execute();
                continue;
            }

            // The activity is bound as its UTF-8 bytes and stored as TEXT, sparing a trip through a .NET string.
            append.Bind(1, DirectLineAdapter.ChannelId)
                .Bind(2, write.ConversationId)
                .Bind(3, activity.RecordedAt)
                .Bind(4, activity.Role)
                .Bind(5, activity.Id)
                .BindUtf8(6, activity.Json)
                .Bind(7, write.Sequence)
                .Execute();
        }
    }

    // TEXT column: the UTF-8 bytes as SQLite holds them.
    private static byte[] ActivityJson(SqliteDataReader reader) => reader.GetFieldValue<byte[]>(reader.FieldCount - 1);

    private void EnsureSchema()
    {
        TranscriptTable.Ensure(database);
        database.EnsureSchema("directline", Schema, MoveOldActivitiesIfAny);
    }

    private static void MoveOldActivitiesIfAny(SqliteCommand command)
    {
        command.CommandText = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'directline_activities';";
        if (command.ExecuteScalar() is not null)
        {
            command.CommandText = MoveOldActivities;
            command.ExecuteNonQuery();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} Direct Line records failed (attempt {Attempt}); retrying")]
    private static partial void LogWriteFailed(ILogger logger, int count, int attempt, Exception exception);

    /// <summary>
    /// A batch written in the group commit's transaction. Finished under the write lock, so what is left to write (the
    /// rest of the queue, or this batch again when it was not stored) goes to the pool, keeping order: this store stays
    /// the queue's writer until then.
    /// </summary>
    private sealed record RiddenBatch(DirectLineStore Store, List<PendingWrite> Batch, bool Inserted) : IRiddenWrites
    {
        public void Finish(bool committed)
        {
            var queue = Store._queue;
            if (committed && Inserted)
            {
                MarkStored(Batch);
                queue.DrainOnPoolIfStillQueued(Store.Write);
                return;
            }

            _ = Task.Run(() =>
            {
                Store.Write(Batch);
                queue.Drain(Store.Write);
            });
        }
    }

    /// <summary>
    /// What the transcript keeps of an activity the log stamped (<see cref="ConversationLog.TryAppend"/>): its time in
    /// Unix milliseconds, its sender's role, its id and the JSON it is sent as; no object graph waits in the queue.
    /// </summary>
    private sealed record LoggedActivity(long RecordedAt, string Role, string? Id, byte[] Json);

    /// <summary>A new conversation (<paramref name="Activity"/> null, created at <paramref name="CreatedAt"/>) or an activity of one.</summary>
    private sealed record PendingWrite(string ConversationId, int Sequence, LoggedActivity? Activity, string? CreatedAt, ConversationLog? Log, TaskCompletionSource? Stored);
}
