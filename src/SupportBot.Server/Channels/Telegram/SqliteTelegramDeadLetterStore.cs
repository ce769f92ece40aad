using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Dead letters in the bot's SQLite file.</summary>
internal sealed class SqliteTelegramDeadLetterStore : ITelegramDeadLetterStore
{
    private readonly SqliteDatabase _database;

    public SqliteTelegramDeadLetterStore(SqliteDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        TelegramSchema.Ensure(database);
    }

    public async Task<long> AddAsync(TelegramDeadLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            """
            INSERT INTO telegram_dead_letter (chat_id, method, payload, error, attempts, failed_at)
            VALUES ($chat, $method, $payload, $error, $attempts, $at) RETURNING id
            """,
            ("$chat", letter.ChatId),
            ("$method", letter.Method),
            ("$payload", letter.Payload),
            ("$error", letter.Error),
            ("$attempts", letter.Attempts),
            ("$at", letter.FailedAt.ToUnixTimeMilliseconds()));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<TelegramDeadLetter>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = TelegramSchema.Command(
            connection,
            "SELECT id, chat_id, method, payload, error, attempts, failed_at FROM telegram_dead_letter ORDER BY id DESC LIMIT $limit",
            ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var letters = new List<TelegramDeadLetter>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            letters.Add(new TelegramDeadLetter
            {
                Id = reader.GetInt64(0),
                ChatId = reader.GetInt64(1),
                Method = reader.GetString(2),
                Payload = reader.GetString(3),
                Error = reader.GetString(4),
                Attempts = reader.GetInt32(5),
                FailedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            });
        }

        return letters;
    }
}
