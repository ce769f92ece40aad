using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>The webhook inbox in the bot's SQLite file.</summary>
internal sealed class SqliteTelegramInbox : ITelegramInbox
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteTelegramInbox(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        TelegramSchema.Ensure(database);
    }

    public async Task<bool> AddAsync(string botId, long updateId, string json, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            "INSERT OR IGNORE INTO telegram_inbox (bot_id, update_id, json, received_at) VALUES ($bot, $update, $json, $at)",
            ("$bot", botId),
            ("$update", updateId),
            ("$json", json),
            ("$at", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<string>> PendingAsync(string botId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(connection, "SELECT json FROM telegram_inbox WHERE bot_id = $bot ORDER BY update_id", ("$bot", botId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var pending = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pending.Add(reader.GetString(0));
        }

        return pending;
    }

    public async Task RemoveAsync(string botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(connection, "DELETE FROM telegram_inbox WHERE bot_id = $bot AND update_id = $update", ("$bot", botId), ("$update", updateId));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
