using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Support.Review;

/// <summary>The review inbox in the bot's SQLite file.</summary>
public sealed class SqliteReviewInbox : IReviewInbox
{
    private const int MaxTextLength = 2000;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS review_inbox (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            guessed_intent TEXT NOT NULL,
            probability REAL NOT NULL,
            rule TEXT NOT NULL,
            label TEXT
        );
        CREATE UNIQUE INDEX IF NOT EXISTS review_inbox_unlabeled_text ON review_inbox (text) WHERE label IS NULL;
        """;

    private const string Select = "SELECT id, at, channel_id, language, text, guessed_intent, probability, rule, label FROM review_inbox ";

    private readonly SqliteDatabase _database;

    /// <summary>An inbox in <paramref name="database"/>.</summary>
    public SqliteReviewInbox(SqliteDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _database.EnsureSchema("review_inbox", Schema);
    }

    /// <inheritdoc />
    public async Task RecordAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.Text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO review_inbox (at, channel_id, language, text, guessed_intent, probability, rule)
            VALUES ($at, $channel, $language, $text, $intent, $probability, $rule)
            ON CONFLICT (text) WHERE label IS NULL DO NOTHING
            """;
        command.Parameters.AddWithValue("$at", item.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$channel", item.ChannelId);
        command.Parameters.AddWithValue("$language", item.Language);
        command.Parameters.AddWithValue("$text", text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        command.Parameters.AddWithValue("$intent", item.GuessedIntent);
        command.Parameters.AddWithValue("$probability", item.Probability);
        command.Parameters.AddWithValue("$rule", item.Rule);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewItem>> ListAsync(int limit, bool includeLabeled, CancellationToken cancellationToken) =>
        QueryAsync(
            includeLabeled ? Select + "ORDER BY id DESC LIMIT $limit" : Select + "WHERE label IS NULL ORDER BY id DESC LIMIT $limit",
            command => command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewItem>> LabeledAsync(CancellationToken cancellationToken) =>
        QueryAsync(Select + "WHERE label IS NOT NULL ORDER BY id", _ => { }, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> LabelAsync(long id, string intent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intent);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE review_inbox SET label = $label WHERE id = $id";
        command.Parameters.AddWithValue("$label", intent.Trim());
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<int> RemoveAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM review_inbox WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var removed = 0;
        foreach (var value in ids)
        {
            id.Value = value;
            removed += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private async Task<IReadOnlyList<ReviewItem>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        var items = new List<ReviewItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new ReviewItem
            {
                Id = reader.GetInt64(0),
                At = DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                ChannelId = reader.GetString(2),
                Language = reader.GetString(3),
                Text = reader.GetString(4),
                GuessedIntent = reader.GetString(5),
                Probability = reader.GetDouble(6),
                Rule = reader.GetString(7),
                Label = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return items;
    }
}
