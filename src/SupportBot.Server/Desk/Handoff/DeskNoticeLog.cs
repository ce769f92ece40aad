using SupportBot.Core.Storage;

namespace SupportBot.Server.Desk.Handoff;

/// <summary>
/// Which notices were sent for which ticket (table <c>desk_notices</c> in the bot's SQLite file), so each is sent once,
/// also across restarts and several server processes: the process whose insert lands sends it.
/// </summary>
internal sealed class DeskNoticeLog
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS desk_notices (
            ticket_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            sent_at INTEGER NOT NULL,
            PRIMARY KEY (ticket_id, kind)
        );
        """;

    private readonly SqliteDatabase _database;

    public DeskNoticeLog(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema("desk_notices", Ddl);
    }

    /// <summary>Claims the notice; false when it was claimed before.</summary>
    public async Task<bool> TryClaimAsync(long ticketId, DeskNoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO desk_notices (ticket_id, kind, sent_at) VALUES ($id, $kind, $at)";
            command.Parameters.AddWithValue("$id", ticketId);
            command.Parameters.AddWithValue("$kind", kind == DeskNoticeKind.ExpectedWait ? "expected_wait" : "out_of_hours");
            command.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }
}
