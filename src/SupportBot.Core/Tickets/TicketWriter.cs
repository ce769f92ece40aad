using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Tickets;

/// <summary>The ticket store's write statements; every value goes in as a parameter.</summary>
internal static class TicketWriter
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The next store-wide change sequence; callers hold the write lock (BEGIN IMMEDIATE), so it is unique.</summary>
    public static async Task<long> NextSequenceAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT COALESCE(MAX(change_seq), 0) + 1 FROM tickets;");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public static async Task<TicketNumber> NextNumberAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets;");
        return new TicketNumber((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
    }

    public static async Task<long> InsertTicketAsync(
        SqliteConnection connection, SqliteTransaction transaction, NewTicket ticket, TicketNumber number, long sequence,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO tickets (number, status, channel_id, conversation_id, user_id, user_name, language,
                conversation_reference, problem, already_tried, error_text, software_version, contact, intents_json,
                articles_json, escalation_reason, created_at, updated_at, change_seq, search_key)
            VALUES ($number, $status, $channel, $conversation, $user, $userName, $language, $reference, $problem, $tried,
                $error, $version, $contact, $intents, $articles, $reason, $now, $now, $sequence, $searchKey)
            RETURNING id;
            """);
        var p = command.Parameters;
        p.AddWithValue("$number", number.Value);
        p.AddWithValue("$status", TicketCodes.Of(TicketStatus.New));
        p.AddWithValue("$channel", ticket.ChannelId);
        p.AddWithValue("$conversation", ticket.ConversationId);
        p.AddWithValue("$user", ticket.UserId);
        p.AddWithValue("$userName", ticket.UserName);
        p.AddWithValue("$language", ticket.Language);
        p.AddWithValue("$reference", TicketRows.Nullable(ticket.ConversationReference));
        p.AddWithValue("$problem", TicketRows.Nullable(ticket.Details.Problem));
        p.AddWithValue("$tried", TicketRows.Nullable(ticket.Details.AlreadyTried));
        p.AddWithValue("$error", TicketRows.Nullable(ticket.Details.ErrorText));
        p.AddWithValue("$version", TicketRows.Nullable(ticket.Details.SoftwareVersion));
        p.AddWithValue("$contact", TicketRows.Nullable(ticket.Details.Contact));
        p.AddWithValue("$intents", TicketRows.IntentsJson(ticket.Intents));
        p.AddWithValue("$articles", TicketRows.ArticlesJson(ticket.Articles));
        p.AddWithValue("$reason", ticket.EscalationReason);
        p.AddWithValue("$now", TicketRows.Time(now));
        p.AddWithValue("$sequence", sequence);
        p.AddWithValue("$searchKey", TicketInput.SearchKey(number, ticket.UserName, ticket.Details.Problem));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Writes the header fields an update can change.</summary>
    public static async Task UpdateHeaderAsync(
        SqliteConnection connection, SqliteTransaction transaction, TicketSummary ticket, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            UPDATE tickets SET status = $status, assignee = $assignee, rating = $rating, rating_comment = $comment,
                updated_at = $updated, change_seq = $sequence
            WHERE id = $id;
            """);
        var p = command.Parameters;
        p.AddWithValue("$status", TicketCodes.Of(ticket.Status));
        p.AddWithValue("$assignee", TicketRows.Nullable(ticket.Assignee));
        p.AddWithValue("$rating", ticket.Rating is null ? DBNull.Value : ticket.Rating.Score);
        p.AddWithValue("$comment", TicketRows.Nullable(ticket.Rating?.Comment));
        p.AddWithValue("$updated", TicketRows.Time(ticket.UpdatedAt));
        p.AddWithValue("$sequence", ticket.Sequence);
        p.AddWithValue("$id", ticket.Id);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertEntriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long ticketId, IReadOnlyList<TranscriptEntry> entries,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var command = Command(connection, transaction, """
            INSERT INTO ticket_transcript (ticket_id, at, role, sender_name, text) VALUES ($ticket, $at, $role, $sender, $text);
            """);
        command.Parameters.AddWithValue("$ticket", ticketId);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        var role = command.Parameters.Add("$role", SqliteType.Text);
        var sender = command.Parameters.Add("$sender", SqliteType.Text);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        foreach (var entry in entries)
        {
            at.Value = TicketRows.Time(entry.At);
            role.Value = TicketCodes.Of(entry.Role);
            sender.Value = entry.SenderName;
            text.Value = entry.Text;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task InsertEventsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long ticketId, IReadOnlyList<TicketEvent> events,
        CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var command = Command(connection, transaction, """
            INSERT INTO ticket_history (ticket_id, at, actor_role, actor_name, kind, from_status, to_status, note)
            VALUES ($ticket, $at, $role, $name, $kind, $from, $to, $note);
            """);
        command.Parameters.AddWithValue("$ticket", ticketId);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        var role = command.Parameters.Add("$role", SqliteType.Text);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var from = command.Parameters.Add("$from", SqliteType.Text);
        var to = command.Parameters.Add("$to", SqliteType.Text);
        var note = command.Parameters.Add("$note", SqliteType.Text);
        foreach (var item in events)
        {
            at.Value = TicketRows.Time(item.At);
            role.Value = TicketCodes.Of(item.Actor.Role);
            name.Value = item.Actor.Name;
            kind.Value = TicketCodes.Of(item.Kind);
            from.Value = item.From is { } f ? TicketCodes.Of(f) : DBNull.Value;
            to.Value = item.To is { } t ? TicketCodes.Of(t) : DBNull.Value;
            note.Value = TicketRows.Nullable(item.Note);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
