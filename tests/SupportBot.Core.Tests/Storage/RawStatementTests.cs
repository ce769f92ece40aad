using System.Text;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Storage;

public sealed class RawStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RawStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, body TEXT NOT NULL);";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Execute_BindsEveryKind_AndCountsTheChangedRows()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO rows (id, name, note, body) VALUES (?, ?, ?, ?);");

        var first = insert.Bind(1, 7).Bind(2, "Ёлка 👋").Bind(3, (string?)null).BindUtf8(4, Encoding.UTF8.GetBytes("{\"text\":\"привет\"}")).Execute();
        var second = insert.Bind(1, 8).Bind(2, "second").Bind(3, "note").BindUtf8(4, "{}"u8).Execute();

        Assert.Equal((1, 1), (first, second));
        Assert.Equal(
            ["7|Ёлка 👋|null|{\"text\":\"привет\"}|text", "8|second|note|{}|text"],
            Query("SELECT id || '|' || name || '|' || coalesce(note, 'null') || '|' || body || '|' || typeof(body) FROM rows ORDER BY id;"));
    }

    [Fact]
    public void Execute_AViolatedConstraint_ThrowsSqliteException_AndTheStatementRunsAgain()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO rows (id, name, body) VALUES (?, ?, ?);");
        using var transaction = _connection.BeginTransaction();

        var failure = Assert.Throws<SqliteException>(() => insert.Bind(1, 1).Bind(2, null).BindUtf8(3, "{}"u8).Execute());
        insert.Bind(1, 2).Bind(2, "after").BindUtf8(3, "{}"u8).Execute();
        transaction.Commit();

        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("NOT NULL", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["2"], Query("SELECT id FROM rows;"));
    }

    [Fact]
    public void Execute_InsideATransactionRolledBack_LeavesNothing()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO rows (id, name, body) VALUES (?, ?, ?);");
        using (var transaction = _connection.BeginTransaction())
        {
            insert.Bind(1, 1).Bind(2, "gone").BindUtf8(3, "{}"u8).Execute();
            transaction.Rollback();
        }

        Assert.Empty(Query("SELECT id FROM rows;"));
    }

    [Fact]
    public void New_WithAnUnknownTable_ThrowsSqliteException()
    {
        var failure = Assert.Throws<SqliteException>(() => new RawStatement(_connection, "INSERT INTO missing (id) VALUES (?);"));

        Assert.Contains("no such table", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_OnAClosedConnection_Throws()
    {
        using var closed = new SqliteConnection("Data Source=:memory:");

        Assert.Throws<InvalidOperationException>(() => new RawStatement(closed, "SELECT 1;"));
    }

    public void Dispose() => _connection.Dispose();

    private List<string> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
