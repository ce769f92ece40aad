using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tickets;

/// <summary>
/// <see cref="ITicketStore"/> in the bot's SQLite file. Each update is one short write transaction (BEGIN IMMEDIATE)
/// that reads the header, checks the rules and writes, so numbers and change sequences stay unique across threads
/// and processes sharing the file.
/// </summary>
public sealed class SqliteTicketStore : ITicketStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    /// <summary>A store over <paramref name="database"/>; creates the ticket tables when missing.</summary>
    public SqliteTicketStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _timeProvider = timeProvider;
        database.EnsureSchema(TicketSchema.Name, TicketSchema.Ddl);
    }

    /// <inheritdoc />
    public async Task<Ticket> CreateAsync(NewTicket ticket, CancellationToken cancellationToken)
    {
        var clean = TicketInput.Clean(ticket);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            long id;
            await using (var transaction = connection.BeginTransaction())
            {
                var now = _timeProvider.GetUtcNow();
                var number = await TicketWriter.NextNumberAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var sequence = await TicketWriter.NextSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                id = await TicketWriter.InsertTicketAsync(connection, transaction, clean, number, sequence, now, cancellationToken).ConfigureAwait(false);
                await TicketWriter.InsertEntriesAsync(connection, transaction, id, clean.Transcript, cancellationToken).ConfigureAwait(false);
                TicketEvent created = new() { At = now, Actor = clean.CreatedBy, Kind = TicketEventKind.Created, To = TicketStatus.New, Note = clean.EscalationReason };
                await TicketWriter.InsertEventsAsync(connection, transaction, id, [created], cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await TicketReader.FindTicketAsync(connection, "t.id = $id", p => p.AddWithValue("$id", id), cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("A ticket just created could not be read back.");
        }
    }

    /// <inheritdoc />
    public Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken) =>
        FindTicketAsync("t.number = $number", p => p.AddWithValue("$number", number.Value), cancellationToken);

    /// <inheritdoc />
    public Task<Ticket?> GetForUserAsync(TicketNumber number, string channelId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userId);
        return FindTicketAsync(
            "t.number = $number AND t.channel_id = $channel AND t.user_id = $user",
            p =>
            {
                p.AddWithValue("$number", number.Value);
                p.AddWithValue("$channel", channelId);
                p.AddWithValue("$user", userId);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TicketSummary?> FindOpenForConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await TicketReader.FindSummaryAsync(
                connection, null,
                "t.channel_id = $channel AND t.conversation_id = $conversation AND t.status IN ('new', 'in_progress', 'waiting_for_user') ORDER BY t.number DESC",
                p =>
                {
                    p.AddWithValue("$channel", channelId);
                    p.AddWithValue("$conversation", conversationId);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        var filter = TicketFilter.From(query);
        var limit = Math.Clamp(query.Limit, 1, TicketQuery.MaxLimit);
        var offset = Math.Max(0, query.Offset);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            var sequence = await TicketReader.CurrentSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            int total;
            await using (var count = TicketWriter.Command(connection, transaction, $"SELECT COUNT(*) FROM tickets t WHERE {filter.Where};"))
            {
                filter.Bind(count.Parameters);
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }

            await using var select = TicketWriter.Command(
                connection, transaction,
                $"SELECT {TicketSchema.SummaryColumns} FROM tickets t WHERE {filter.Where} ORDER BY t.number DESC LIMIT $limit OFFSET $offset;");
            filter.Bind(select.Parameters);
            select.Parameters.AddWithValue("$limit", limit);
            select.Parameters.AddWithValue("$offset", offset);
            var items = await TicketReader.ReadSummariesAsync(select, cancellationToken).ConfigureAwait(false);
            return new TicketPage { Items = items, Total = total, Offset = offset, Sequence = sequence };
        }
    }

    /// <inheritdoc />
    public async Task<TicketChanges> GetChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, TicketQuery.MaxLimit);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = TicketWriter.Command(
                connection, null, $"SELECT {TicketSchema.SummaryColumns} FROM tickets t WHERE t.change_seq > $after ORDER BY t.change_seq LIMIT $take;");
            select.Parameters.AddWithValue("$after", sequence);
            select.Parameters.AddWithValue("$take", limit + 1);
            var items = await TicketReader.ReadSummariesAsync(select, cancellationToken).ConfigureAwait(false);
            var hasMore = items.Count > limit;
            if (hasMore)
            {
                items.RemoveAt(items.Count - 1);
            }

            return new TicketChanges { Tickets = items, Sequence = items.Count > 0 ? items[^1].Sequence : sequence, HasMore = hasMore };
        }
    }

    /// <inheritdoc />
    public Task<TicketResult> AppendTranscriptAsync(TicketNumber number, IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        var clean = TicketInput.Clean(entries);
        return UpdateAsync(number, (current, now) => TicketDecisions.Append(current, clean, now), cancellationToken);
    }

    /// <inheritdoc />
    public Task<TicketResult> ChangeStatusAsync(TicketNumber number, TicketStatus newStatus, TicketActor actor, string? note, CancellationToken cancellationToken)
    {
        var who = TicketInput.Clean(actor);
        var text = TicketText.CleanOptional(note, TicketLimits.NoteLength);
        return UpdateAsync(number, (current, now) => TicketDecisions.ChangeStatus(current, newStatus, who, text, now), cancellationToken);
    }

    /// <inheritdoc />
    public Task<TicketResult> ReopenAsync(TicketNumber number, TicketActor actor, string? note, CancellationToken cancellationToken)
    {
        var who = TicketInput.Clean(actor);
        var text = TicketText.CleanOptional(note, TicketLimits.NoteLength);
        return UpdateAsync(number, (current, now) => TicketDecisions.Reopen(current, who, text, now), cancellationToken);
    }

    /// <inheritdoc />
    public Task<TicketResult> AssignAsync(TicketNumber number, string? staffUser, TicketActor actor, CancellationToken cancellationToken)
    {
        var who = TicketInput.Clean(actor);
        var assignee = TicketText.CleanOptionalName(staffUser);
        return UpdateAsync(number, (current, now) => TicketDecisions.Assign(current, assignee, who, now), cancellationToken);
    }

    /// <inheritdoc />
    public Task<TicketResult> RateAsync(TicketNumber number, int score, string? comment, CancellationToken cancellationToken)
    {
        var text = TicketText.CleanOptional(comment, TicketLimits.NoteLength);
        return UpdateAsync(number, (current, now) => TicketDecisions.Rate(current, score, text, now), cancellationToken);
    }

    /// <inheritdoc />
    public Task<TicketResult> AddNoteAsync(TicketNumber number, TicketActor actor, string note, CancellationToken cancellationToken)
    {
        var who = TicketInput.Clean(actor);
        var text = TicketText.CleanOptional(note, TicketLimits.NoteLength);
        return UpdateAsync(number, (current, now) => TicketDecisions.Note(current, who, text, now), cancellationToken);
    }

    private async Task<Ticket?> FindTicketAsync(string where, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await TicketReader.FindTicketAsync(connection, where, bind, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TicketResult> UpdateAsync(
        TicketNumber number, Func<TicketSummary, DateTimeOffset, TicketChange> decide, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Not deferred: taking the write lock up front means the header read below cannot go stale before the write.
            await using var transaction = connection.BeginTransaction();
            var current = await TicketReader.FindSummaryAsync(
                connection, transaction, "t.number = $number", p => p.AddWithValue("$number", number.Value), cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return TicketResult.NotFound(number);
            }

            var now = _timeProvider.GetUtcNow();
            var change = decide(current, now);
            if (change.Refusal is not null)
            {
                return change.Refusal;
            }

            if (change.IsEmpty)
            {
                return TicketResult.Success(current);
            }

            var sequence = await TicketWriter.NextSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var updated = change.ApplyTo(current) with { UpdatedAt = now, Sequence = sequence };
            await TicketWriter.UpdateHeaderAsync(connection, transaction, updated, cancellationToken).ConfigureAwait(false);
            await TicketWriter.InsertEntriesAsync(connection, transaction, current.Id, change.Entries, cancellationToken).ConfigureAwait(false);
            await TicketWriter.InsertEventsAsync(connection, transaction, current.Id, change.Events, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return TicketResult.Success(updated);
        }
    }
}
