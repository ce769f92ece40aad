using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Knowledge;

/// <summary>Connections to one shared in-memory SQLite database, reused across searches; SQLite connections are not thread-safe, so each search rents its own.</summary>
internal sealed class FtsConnectionPool : IDisposable
{
    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteConnection> _pool = [];
    private volatile bool _disposed;

    public FtsConnectionPool(string connectionString) => _connectionString = connectionString;

    public SqliteConnection Rent()
    {
        if (_pool.TryTake(out var connection))
        {
            return connection;
        }

        connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public void Return(SqliteConnection connection)
    {
        if (_disposed)
        {
            connection.Dispose();
            return;
        }

        _pool.Add(connection);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_pool.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}
