using System.Text.Json;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>
/// One open connection with its statements prepared once. Microsoft.Data.Sqlite's async methods run synchronously,
/// so the session calls the synchronous ones and spares the Task allocations; used by one caller at a time.
/// </summary>
internal sealed class StoreSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly bool _ownsConnection;
    private SqliteCommand? _readState;
    private SqliteCommand? _readTranscript;
    // The statements every committed turn runs, prepared once and run without SqliteCommand's per-run objects.
    private RawStatement? _insertState;
    private RawStatement? _updateState;
    private RawStatement? _deleteState;
    private RawStatement? _appendTranscript;
    private RawStatement? _savepoint;
    private RawStatement? _rollbackToSavepoint;
    private RawStatement? _releaseSavepoint;
    // Where each transcript activity is serialized before it is bound (SQLite copies it), instead of an array per row.
    private ReadableJsonBuffer? _activityJson;

    /// <summary>A session on <paramref name="connection"/>, which it closes when disposed if it <paramref name="ownsConnection"/>.</summary>
    public StoreSession(SqliteConnection connection, bool ownsConnection = true) => (_connection, _ownsConnection) = (connection, ownsConnection);

    public StoredState? ReadState(StateKey key)
    {
        var command = _readState ??= Prepare(
            "SELECT json, version FROM bot_state WHERE scope = $scope AND channel_id = $channel AND owner_id = $owner AND name = $name;",
            "$scope", "$channel", "$owner", "$name");
        command.Transaction = null;
        BindKey(command, key);
        using var reader = command.ExecuteReader();
        // TEXT column: the UTF-8 bytes as SQLite holds them.
        return reader.Read() ? new StoredState { Utf8Json = reader.GetFieldValue<byte[]>(0), Version = reader.GetInt64(1) } : null;
    }

    /// <summary>
    /// Commits the turns in one transaction, each inside a savepoint so that a turn whose state lost a race is rolled
    /// back alone, with what <paramref name="rider"/> has queued; returns each turn's conflict, or null for a saved
    /// turn. Throws (saving nothing) on database errors.
    /// </summary>
    public StateConflictException?[] CommitBatch(IReadOnlyList<PendingCommit> batch, long nowMilliseconds, ICommitRider? rider)
    {
        var outcomes = new StateConflictException?[batch.Count];
        using var transaction = _connection.BeginTransaction(deferred: false);
        for (var i = 0; i < batch.Count; i++)
        {
            var turn = batch[i];
            var guarded = turn.Writes.Count > 0;
            if (guarded)
            {
                (_savepoint ??= new RawStatement(_connection, "SAVEPOINT turn;")).Execute();
            }

            var conflict = ApplyWrites(turn.Writes, nowMilliseconds);
            if (conflict is not null)
            {
                (_rollbackToSavepoint ??= new RawStatement(_connection, "ROLLBACK TO turn;")).Execute();
                outcomes[i] = new StateConflictException(conflict);
            }
            else
            {
                AppendTranscript(turn.Transcript);
            }

            if (guarded)
            {
                (_releaseSavepoint ??= new RawStatement(_connection, "RELEASE turn;")).Execute();
            }
        }

        var ridden = rider?.WriteQueued();
        try
        {
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

    public IReadOnlyList<TranscriptEntry> ReadTranscript(string channelId, string conversationId, long afterSequence, int limit)
    {
        var command = _readTranscript ??= Prepare(
            "SELECT seq, recorded_at, role, activity FROM transcript WHERE channel_id = $channel AND conversation_id = $conversation AND seq > $after ORDER BY seq LIMIT $limit;",
            "$channel", "$conversation", "$after", "$limit");
        command.Transaction = null;
        command.Parameters[0].Value = channelId;
        command.Parameters[1].Value = conversationId;
        command.Parameters[2].Value = afterSequence;
        command.Parameters[3].Value = limit;
        var entries = new List<TranscriptEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var sequence = reader.GetInt64(0);
            var activity = JsonSerializer.Deserialize(reader.GetString(3), ActivityJsonContext.Readable.Activity)
                ?? throw new InvalidDataException($"Transcript entry {sequence} holds no activity.");
            entries.Add(new TranscriptEntry
            {
                ChannelId = channelId,
                ConversationId = conversationId,
                Sequence = sequence,
                Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Role = ParseRole(reader.GetString(2)),
                Activity = activity,
            });
        }

        return entries;
    }

    public void Dispose()
    {
        _readState?.Dispose();
        _insertState?.Dispose();
        _updateState?.Dispose();
        _deleteState?.Dispose();
        _appendTranscript?.Dispose();
        _readTranscript?.Dispose();
        _savepoint?.Dispose();
        _rollbackToSavepoint?.Dispose();
        _releaseSavepoint?.Dispose();
        _activityJson?.Dispose();
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
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
        // The activity is bound as its UTF-8 JSON and stored as TEXT: no trip through a .NET string and back.
        var append = _appendTranscript ??= new RawStatement(
            _connection,
            "INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity) VALUES (?, ?, ?, ?, ?, ?);");
        foreach (var entry in transcript)
        {
            append.Bind(1, entry.ChannelId)
                .Bind(2, entry.ConversationId)
                .Bind(3, entry.Timestamp.ToUnixTimeMilliseconds())
                .Bind(4, RoleName(entry.Role))
                .Bind(5, entry.Activity.Id)
                .BindUtf8(6, (_activityJson ??= new ReadableJsonBuffer()).Serialize(entry.Activity, ActivityJsonContext.Default.Activity))
                .Execute();
        }
    }

    private int ApplyWrite(StateWrite write, long nowMilliseconds)
    {
        // Parameters: ?1 scope, ?2 channel, ?3 owner, ?4 name, ?5 expected version, ?6 JSON, ?7 time.
        RawStatement statement;
        if (write.Utf8Json is null)
        {
            statement = _deleteState ??= new RawStatement(
                _connection,
                "DELETE FROM bot_state WHERE scope = ?1 AND channel_id = ?2 AND owner_id = ?3 AND name = ?4 AND version = ?5;");
        }
        else if (write.ExpectedVersion == 0)
        {
            // A value nobody had: a concurrent creator makes the insert a no-op, which reads as a conflict.
            statement = _insertState ??= new RawStatement(
                _connection,
                "INSERT INTO bot_state (scope, channel_id, owner_id, name, version, json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5 + 1, ?6, ?7) ON CONFLICT DO NOTHING;");
        }
        else
        {
            statement = _updateState ??= new RawStatement(
                _connection,
                "UPDATE bot_state SET json = ?6, version = ?5 + 1, updated_at = ?7 WHERE scope = ?1 AND channel_id = ?2 AND owner_id = ?3 AND name = ?4 AND version = ?5;");
        }

        statement.Bind(1, (int)write.Key.Scope).Bind(2, write.Key.ChannelId).Bind(3, write.Key.OwnerId).Bind(4, write.Key.Name).Bind(5, write.ExpectedVersion);
        if (write.Utf8Json is not null)
        {
            // Bound as the UTF-8 bytes and stored as TEXT, as the transcript's activities are.
            statement.BindUtf8(6, write.Utf8Json).Bind(7, nowMilliseconds);
        }

        return statement.Execute();
    }

    private static void BindKey(SqliteCommand command, StateKey key)
    {
        command.Parameters[0].Value = (int)key.Scope;
        command.Parameters[1].Value = key.ChannelId;
        command.Parameters[2].Value = key.OwnerId;
        command.Parameters[3].Value = key.Name;
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static string RoleName(TranscriptRole role) => role switch
    {
        TranscriptRole.User => "user",
        TranscriptRole.Bot => "bot",
        TranscriptRole.Agent => "agent",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown transcript role."),
    };

    private static TranscriptRole ParseRole(string role) => role switch
    {
        "user" => TranscriptRole.User,
        "bot" => TranscriptRole.Bot,
        "agent" => TranscriptRole.Agent,
        _ => throw new InvalidDataException($"Unknown transcript role '{role}'."),
    };
}
