using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Tickets;

/// <summary>The ticket store's read statements.</summary>
internal static class TicketReader
{
    /// <summary>The first ticket header matching <paramref name="where"/> (over alias <c>t</c>), or null.</summary>
    public static async Task<TicketSummary?> FindSummaryAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, Action<SqliteParameterCollection> bind,
        CancellationToken cancellationToken)
    {
        await using var command = TicketWriter.Command(connection, transaction, $"SELECT {TicketSchema.SummaryColumns} FROM tickets t WHERE {where} LIMIT 1;");
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? TicketRows.ReadSummary(reader) : null;
    }

    /// <summary>The whole ticket matching <paramref name="where"/>, read in one snapshot, or null.</summary>
    public static async Task<Ticket?> FindTicketAsync(
        SqliteConnection connection, string where, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        // A deferred read transaction (BEGIN, not IMMEDIATE) so header, transcript and history come from one WAL snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = TicketWriter.Command(
            connection, transaction, $"SELECT {TicketSchema.SummaryColumns}, {TicketSchema.BodyColumns} FROM tickets t WHERE {where} LIMIT 1;");
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var summary = TicketRows.ReadSummary(reader);
        var transcript = await ReadListAsync(
            connection, transaction, "SELECT at, role, sender_name, text FROM ticket_transcript WHERE ticket_id = $id ORDER BY id;",
            summary.Id, TicketRows.ReadEntry, cancellationToken).ConfigureAwait(false);
        var history = await ReadListAsync(
            connection, transaction,
            "SELECT at, actor_role, actor_name, kind, from_status, to_status, note FROM ticket_history WHERE ticket_id = $id ORDER BY id;",
            summary.Id, TicketRows.ReadEvent, cancellationToken).ConfigureAwait(false);
        return TicketRows.ReadBody(reader, summary, transcript, history);
    }

    /// <summary>Ticket headers from a full SELECT whose columns start with <see cref="TicketSchema.SummaryColumns"/>.</summary>
    public static async Task<List<TicketSummary>> ReadSummariesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var items = new List<TicketSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(TicketRows.ReadSummary(reader));
        }

        return items;
    }

    /// <summary>The store's latest change sequence (0 when empty).</summary>
    public static async Task<long> CurrentSequenceAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = TicketWriter.Command(connection, transaction, "SELECT COALESCE(MAX(change_seq), 0) FROM tickets;");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<List<T>> ReadListAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, long ticketId, Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var command = TicketWriter.Command(connection, transaction, sql);
        command.Parameters.AddWithValue("$id", ticketId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
