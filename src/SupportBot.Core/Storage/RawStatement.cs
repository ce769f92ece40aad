using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SupportBot.Core.Storage;

/// <summary>
/// A statement prepared once on a connection and run through SQLite's own API, for the few writes every message makes
/// (state, transcript and Direct Line rows, savepoints). <see cref="SqliteCommand"/> makes a data reader, a statement
/// enumerator, a binder per parameter and a UTF-8 copy of every string on each run: about 900 bytes and a microsecond
/// and a half per insert. Parameters are numbered from 1 (<c>?</c> or <c>?N</c>), text already in UTF-8 is bound as
/// it is, and errors throw <see cref="SqliteException"/> as the commands do. It runs in whatever transaction the
/// connection has. Used by one caller at a time; dispose it before the connection closes.
/// </summary>
public sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>Prepares <paramref name="sql"/> (one statement) on <paramref name="connection"/>, which must be open.</summary>
    public RawStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var result = raw.sqlite3_prepare_v2(_database, sql, out var statement);
        if (result != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(result, _database);
        }

        _statement = statement!;
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1) to text, or to NULL.</summary>
    public RawStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1) to an integer.</summary>
    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1) to text given as its UTF-8 bytes (SQLite copies them).</summary>
    public RawStatement BindUtf8(int index, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Runs the statement to its end and returns how many rows it changed; the bindings are cleared after.</summary>
    public int Execute()
    {
        var result = raw.sqlite3_step(_statement);
        // Read before the reset: a statement left unreset would keep its transaction from committing.
        var failure = result is raw.SQLITE_DONE or raw.SQLITE_ROW
            ? null
            : new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
        var changes = raw.sqlite3_changes(_database);
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
        return failure is null ? changes : throw failure;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
