using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Conversations;

/// <summary>
/// One open connection for reads, with its statements prepared once (the writes are <see cref="TurnBatchWriter"/>'s).
/// Microsoft.Data.Sqlite's async methods run synchronously, so the session calls the synchronous ones and spares the
/// Task allocations; used by one caller at a time.
/// </summary>
internal sealed class StoreSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteCommand? _readState;
    private SqliteCommand? _readTranscript;

    /// <summary>A session on <paramref name="connection"/>, which it closes when disposed.</summary>
    public StoreSession(SqliteConnection connection) => _connection = connection;

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
            if (activity.Type == ActivityTypes.Typing)
            {
                // A channel's own log holds the typing indicators it carried; the transcript leaves them out.
                continue;
            }

            entries.Add(new TranscriptEntry
            {
                ChannelId = channelId,
                ConversationId = conversationId,
                Sequence = sequence,
                Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Role = TranscriptRoleNames.Parse(reader.GetString(2)),
                Activity = activity,
            });
        }

        return entries;
    }

    public void Dispose()
    {
        _readState?.Dispose();
        _readTranscript?.Dispose();
        _connection.Dispose();
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
}
