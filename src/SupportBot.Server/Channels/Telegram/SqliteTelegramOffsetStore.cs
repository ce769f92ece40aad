using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>The update offset and the handled marks in the bot's SQLite file.</summary>
internal sealed class SqliteTelegramOffsetStore : ITelegramOffsetStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteTelegramOffsetStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        TelegramSchema.Ensure(database);
    }

    public async Task<TelegramOffset> LoadAsync(string botId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        long confirmed = 0;
        await using (var command = TelegramSchema.Command(connection, "SELECT last_update_id FROM telegram_offset WHERE bot_id = $bot", ("$bot", botId)))
        {
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value)
            {
                confirmed = value;
            }
        }

        var handled = new HashSet<long>();
        await using (var command = TelegramSchema.Command(connection, "SELECT update_id FROM telegram_handled_update WHERE bot_id = $bot AND update_id > $confirmed", ("$bot", botId), ("$confirmed", confirmed)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                handled.Add(reader.GetInt64(0));
            }
        }

        return new TelegramOffset { LastConfirmed = confirmed, HandledAfter = handled };
    }

    public async Task MarkHandledAsync(string botId, long updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            "INSERT OR IGNORE INTO telegram_handled_update (bot_id, update_id, handled_at) VALUES ($bot, $update, $at)",
            ("$bot", botId),
            ("$update", updateId),
            ("$at", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ForgetHandledBeforeAsync(string botId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            "DELETE FROM telegram_handled_update WHERE bot_id = $bot AND handled_at < $before",
            ("$bot", botId),
            ("$before", before.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ConfirmAsync(string botId, long lastUpdateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        await using (var command = TelegramSchema.Command(
            connection,
            """
            INSERT INTO telegram_offset (bot_id, last_update_id, updated_at) VALUES ($bot, $update, $at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = MAX(last_update_id, excluded.last_update_id), updated_at = excluded.updated_at
            """,
            ("$bot", botId),
            ("$update", lastUpdateId),
            ("$at", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Marks at or below the confirmed offset say nothing the offset does not.
        await using (var command = TelegramSchema.Command(connection, "DELETE FROM telegram_handled_update WHERE bot_id = $bot AND update_id <= $update", ("$bot", botId), ("$update", lastUpdateId)))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
