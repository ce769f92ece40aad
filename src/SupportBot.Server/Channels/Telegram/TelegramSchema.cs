using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>The Telegram channel's tables in the bot's SQLite file, and the few helpers its stores share.</summary>
internal static class TelegramSchema
{
    public const string Name = "telegram";

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS telegram_offset (
            bot_id          TEXT    NOT NULL PRIMARY KEY,
            last_update_id  INTEGER NOT NULL,
            updated_at      INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS telegram_handled_update (
            bot_id      TEXT    NOT NULL,
            update_id   INTEGER NOT NULL,
            handled_at  INTEGER NOT NULL,
            PRIMARY KEY (bot_id, update_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS telegram_dead_letter (
            id          INTEGER PRIMARY KEY,
            chat_id     INTEGER NOT NULL,
            method      TEXT    NOT NULL,
            payload     TEXT    NOT NULL,
            error       TEXT    NOT NULL,
            attempts    INTEGER NOT NULL,
            failed_at   INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS telegram_inbox (
            bot_id      TEXT    NOT NULL,
            update_id   INTEGER NOT NULL,
            json        TEXT    NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY (bot_id, update_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS telegram_callback (
            id          TEXT    NOT NULL PRIMARY KEY,
            value       TEXT    NOT NULL,
            created_at  INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    public static void Ensure(SqliteDatabase database) => database.EnsureSchema(Name, Ddl);

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
