using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>
/// The transcript table: every recorded activity of every conversation, once. The transcript logger writes it with the
/// turns, and a channel that keeps its own log of what it carries (Web Chat's Direct Line) writes its activities here
/// as that log, numbered by the channel in <c>channel_seq</c>, instead of keeping a second copy of each.
/// </summary>
public static class TranscriptTable
{
    /// <summary>
    /// Appends one activity; parameters: ?1 channel, ?2 conversation, ?3 time (Unix milliseconds), ?4 role
    /// (<see cref="TranscriptRoleNames.Of"/>), ?5 activity id, ?6 activity JSON, ?7 the channel's own sequence number
    /// for it, or NULL when the channel keeps no log of it. Run on the writer connection
    /// (<see cref="SqliteDatabase.WriterStatement"/>).
    /// </summary>
    public const string Append = "INSERT INTO transcript (channel_id, conversation_id, recorded_at, role, activity_id, activity, channel_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);";

    // seq orders a conversation's activities (the index reads them in that order); channel_seq is the channel's own
    // count of what it carried, null for what the channel never saw (the bot's traces).
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS transcript (
            seq             INTEGER PRIMARY KEY,
            channel_id      TEXT    NOT NULL,
            conversation_id TEXT    NOT NULL,
            recorded_at     INTEGER NOT NULL,
            role            TEXT    NOT NULL,
            activity_id     TEXT,
            activity        TEXT    NOT NULL,
            channel_seq     INTEGER
        );
        CREATE INDEX IF NOT EXISTS transcript_by_conversation ON transcript (channel_id, conversation_id, seq);
        """;

    /// <summary>Creates the table when missing, and adds <c>channel_seq</c> to a file made before it existed.</summary>
    public static void Ensure(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.EnsureSchema("transcript", Schema, AddChannelSequence);
    }

    private static void AddChannelSequence(SqliteCommand command)
    {
        command.CommandText = "SELECT count(*) FROM pragma_table_info('transcript') WHERE name = 'channel_seq';";
        if ((long)command.ExecuteScalar()! == 0)
        {
            command.CommandText = "ALTER TABLE transcript ADD COLUMN channel_seq INTEGER;";
            command.ExecuteNonQuery();
        }
    }
}
