using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Long button values in the bot's SQLite file, so buttons still work after a restart.</summary>
internal sealed class SqliteTelegramCallbackStore : ITelegramCallbackStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteTelegramCallbackStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        TelegramSchema.Ensure(database);
    }

    public async Task SaveAsync(string id, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            "INSERT OR IGNORE INTO telegram_callback (id, value, created_at) VALUES ($id, $value, $at)",
            ("$id", id),
            ("$value", value),
            ("$at", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(connection, "SELECT value FROM telegram_callback WHERE id = $id", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
