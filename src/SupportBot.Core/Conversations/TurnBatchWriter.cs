using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>
/// Writes the group commit's batches of turns (state and transcript) on the database's writer connection, with the
/// statements the database keeps prepared there, so no per-run objects are made; only while holding
/// <see cref="SqliteDatabase.WriteLock"/>.
/// </summary>
internal sealed class TurnBatchWriter(SqliteDatabase database)
{
    private const string Savepoint = "SAVEPOINT turn;";
    private const string RollbackToSavepoint = "ROLLBACK TO turn;";
    private const string ReleaseSavepoint = "RELEASE turn;";

    // Parameters: ?1 scope, ?2 channel, ?3 owner, ?4 name, ?5 expected version, ?6 JSON, ?7 time.
    private const string DeleteState = "DELETE FROM bot_state WHERE scope = ?1 AND channel_id = ?2 AND owner_id = ?3 AND name = ?4 AND version = ?5;";

    // A value nobody had: a concurrent creator makes the insert a no-op, which reads as a conflict.
    private const string InsertState = "INSERT INTO bot_state (scope, channel_id, owner_id, name, version, json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5 + 1, ?6, ?7) ON CONFLICT DO NOTHING;";
    private const string UpdateState = "UPDATE bot_state SET json = ?6, version = ?5 + 1, updated_at = ?7 WHERE scope = ?1 AND channel_id = ?2 AND owner_id = ?3 AND name = ?4 AND version = ?5;";

    // Where each transcript activity is serialized before it is bound (SQLite copies it), instead of an array per row.
    // It holds managed memory only, and lives as long as the database's writer.
    private readonly ReadableJsonBuffer _activityJson = new();

    /// <summary>
    /// Commits the turns in one transaction, each inside a savepoint so that a turn whose state lost a race is rolled
    /// back alone, with what <paramref name="rider"/> has queued; returns each turn's conflict, or null for a saved
    /// turn. Throws (saving nothing) on database errors.
    /// </summary>
    public StateConflictException?[] CommitBatch(IReadOnlyList<PendingCommit> batch, long nowMilliseconds, ICommitRider? rider)
    {
        var outcomes = new StateConflictException?[batch.Count];
        using var transaction = database.WriterConnection().BeginTransaction(deferred: false);

        // The rider first: a channel's log holds the messages these turns answer, which the turns' own transcript
        // entries (the bot's traces) then follow.
        var ridden = rider?.WriteQueued();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = CommitTurn(batch[i], nowMilliseconds);
            }

            transaction.Commit();
        }
        catch
        {
            ridden?.Finish(committed: false);
            throw;
        }

        ridden?.Finish(committed: true);
        return outcomes;
    }

    private StateConflictException? CommitTurn(PendingCommit turn, long nowMilliseconds)
    {
        var guarded = turn.Writes.Count > 0;
        if (guarded)
        {
            database.WriterStatement(Savepoint).Execute();
        }

        StateConflictException? outcome = null;
        if (ApplyWrites(turn.Writes, nowMilliseconds) is { } conflict)
        {
            database.WriterStatement(RollbackToSavepoint).Execute();
            outcome = new StateConflictException(conflict);
        }
        else
        {
            AppendTranscript(turn.Transcript);
        }

        if (guarded)
        {
            database.WriterStatement(ReleaseSavepoint).Execute();
        }

        return outcome;
    }

    private StateKey? ApplyWrites(IReadOnlyList<StateWrite> writes, long nowMilliseconds)
    {
        foreach (var write in writes)
        {
            if (ApplyWrite(write, nowMilliseconds) == 0)
            {
                return write.Key;
            }
        }

        return null;
    }

    private void AppendTranscript(IReadOnlyList<TranscriptEntry> transcript)
    {
        // The activity is bound as its UTF-8 JSON and stored as TEXT: no trip through a .NET string and back. The
        // channel's sequence (?7) stays unbound, NULL: no channel logs these.
        var append = database.WriterStatement(TranscriptTable.Append);
        foreach (var entry in transcript)
        {
            append.Bind(1, entry.ChannelId)
                .Bind(2, entry.ConversationId)
                .Bind(3, entry.Timestamp.ToUnixTimeMilliseconds())
                .Bind(4, TranscriptRoleNames.Of(entry.Role))
                .Bind(5, entry.Activity.Id)
                .BindUtf8(6, _activityJson.Serialize(entry.Activity, ActivityJsonContext.Default.Activity))
                .Execute();
        }
    }

    private int ApplyWrite(StateWrite write, long nowMilliseconds)
    {
        var statement = database.WriterStatement(write.Utf8Json is null ? DeleteState : write.ExpectedVersion == 0 ? InsertState : UpdateState);
        statement.Bind(1, (int)write.Key.Scope).Bind(2, write.Key.ChannelId).Bind(3, write.Key.OwnerId).Bind(4, write.Key.Name).Bind(5, write.ExpectedVersion);
        if (write.Utf8Json is not null)
        {
            // Bound as the UTF-8 bytes and stored as TEXT, as the transcript's activities are.
            statement.BindUtf8(6, write.Utf8Json).Bind(7, nowMilliseconds);
        }

        return statement.Execute();
    }
}
