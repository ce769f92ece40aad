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
    private SqliteCommand? _insertState;
    private SqliteCommand? _updateState;
    private SqliteCommand? _deleteState;
    private SqliteCommand? _appendTranscript;
    private SqliteCommand? _readTranscript;
    private SqliteCommand? _savepoint;
    private SqliteCommand? _rollbackToSavepoint;
    private SqliteCommand? _releaseSavepoint;

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
    /// back alone; returns each turn's conflict, or null for a saved turn. Throws (saving nothing) on database errors.
    /// </summary>
    public StateConflictException?[] CommitBatch(IReadOnlyList<PendingCommit> batch, long nowMilliseconds)
    {
        var outcomes = new StateConflictException?[batch.Count];
        using var transaction = _connection.BeginTransaction(deferred: false);
        for (var i = 0; i < batch.Count; i++)
        {
            var turn = batch[i];
            var guarded = turn.Writes.Count > 0;
            if (guarded)
            {
                Execute(_savepoint ??= Prepare("SAVEPOINT turn;"), transaction);
            }

            var conflict = ApplyWrites(turn.Writes, transaction, nowMilliseconds);
            if (conflict is not null)
            {
                Execute(_rollbackToSavepoint ??= Prepare("ROLLBACK TO turn;"), transaction);
                outcomes[i] = new StateConflictException(conflict);
            }
            else
            {
                AppendTranscript(turn.Transcript, transaction);
            }

            if (guarded)
            {
                Execute(_releaseSavepoint ??= Prepare("RELEASE turn;"), transaction);
            }
        }

        transaction.Commit();
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
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    private StateKey? ApplyWrites(IReadOnlyList<StateWrite> writes, SqliteTransaction transaction, long nowMilliseconds)
    {
        foreach (var write in writes)
        {
            if (ApplyWrite(write, transaction, nowMilliseconds) == 0)
            {
                return write.Key;
            }
        }

        return null;
    }

    private void AppendTranscript(IReadOnlyList<TranscriptEntry> transcript, SqliteTransaction transaction)
    {
        // The activity is bound as its UTF-8 JSON and stored as TEXT: no trip through a .NET string and back.
        var append = _appendTranscript ??= Prepare(
            "INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity) VALUES ($channel, $conversation, $at, $role, $id, CAST($activity AS TEXT));",
            "$channel", "$conversation", "$at", "$role", "$id", "$activity");
        append.Transaction = transaction;
        foreach (var entry in transcript)
        {
            append.Parameters[0].Value = entry.ChannelId;
            append.Parameters[1].Value = entry.ConversationId;
            append.Parameters[2].Value = entry.Timestamp.ToUnixTimeMilliseconds();
            append.Parameters[3].Value = RoleName(entry.Role);
            append.Parameters[4].Value = (object?)entry.Activity.Id ?? DBNull.Value;
            append.Parameters[5].Value = ReadableJson.SerializeToUtf8Bytes(entry.Activity, ActivityJsonContext.Default.Activity);
            append.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private int ApplyWrite(StateWrite write, SqliteTransaction transaction, long nowMilliseconds)
    {
        SqliteCommand command;
        if (write.Utf8Json is null)
        {
            command = _deleteState ??= Prepare(
                "DELETE FROM bot_state WHERE scope = $scope AND channel_id = $channel AND owner_id = $owner AND name = $name AND version = $version;",
                "$scope", "$channel", "$owner", "$name", "$version");
        }
        else if (write.ExpectedVersion == 0)
        {
            // A value nobody had: a concurrent creator makes the insert a no-op, which reads as a conflict.
            command = _insertState ??= Prepare(
                "INSERT INTO bot_state (scope, channel_id, owner_id, name, version, json, updated_at) VALUES ($scope, $channel, $owner, $name, $version + 1, CAST($json AS TEXT), $at) ON CONFLICT DO NOTHING;",
                "$scope", "$channel", "$owner", "$name", "$version", "$json", "$at");
        }
        else
        {
            command = _updateState ??= Prepare(
                "UPDATE bot_state SET json = CAST($json AS TEXT), version = $version + 1, updated_at = $at WHERE scope = $scope AND channel_id = $channel AND owner_id = $owner AND name = $name AND version = $version;",
                "$scope", "$channel", "$owner", "$name", "$version", "$json", "$at");
        }

        command.Transaction = transaction;
        BindKey(command, write.Key);
        command.Parameters[4].Value = write.ExpectedVersion;
        if (write.Utf8Json is not null)
        {
            // Bound as the UTF-8 bytes and stored as TEXT, as the transcript's activities are.
            command.Parameters[5].Value = write.Utf8Json;
            command.Parameters[6].Value = nowMilliseconds;
        }

        return command.ExecuteNonQuery();
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
