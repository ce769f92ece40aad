using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Staff;

/// <summary>
/// <see cref="IStaffStore"/> in the bot's SQLite file (table <c>staff</c>), so the server and the <c>supportbot staff</c>
/// command see the same accounts. Failure counting is one BEGIN IMMEDIATE transaction, so parallel wrong guesses
/// cannot slip past the lockout.
/// </summary>
public sealed class SqliteStaffStore : IStaffStore
{
    private const string Columns = "name, role, password_hash, stamp, created_at, failed_sign_ins, locked_until";

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS staff (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
            password_hash TEXT NOT NULL,
            stamp TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER NULL
        );
        """;

    private readonly SqliteDatabase _database;

    /// <summary>A store over <paramref name="database"/>; creates the table when missing.</summary>
    public SqliteStaffStore(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        database.EnsureSchema("staff", Ddl);
    }

    /// <inheritdoc />
    public async Task<StaffAddOutcome> AddAsync(StaffAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO staff ({Columns}) VALUES ($name, $role, $hash, $stamp, $created, 0, NULL) ON CONFLICT(name) DO NOTHING";
            command.Parameters.AddWithValue("$name", account.Name);
            command.Parameters.AddWithValue("$role", StaffRoles.Name(account.Role));
            command.Parameters.AddWithValue("$hash", account.PasswordHash);
            command.Parameters.AddWithValue("$stamp", account.Stamp);
            command.Parameters.AddWithValue("$created", account.CreatedAt.ToUnixTimeMilliseconds());
            var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return rows == 1 ? StaffAddOutcome.Added : StaffAddOutcome.NameTaken;
        }
    }

    /// <inheritdoc />
    public async Task<StaffAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindAsync(connection, null, name, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM staff ORDER BY name";
            var accounts = new List<StaffAccount>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    accounts.Add(Read(reader));
                }
            }

            return accounts;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM staff WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<StaffAccount?> RecordFailedSignInAsync(string name, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE by default: the count is read and written under the write lock.
            await using var transaction = connection.BeginTransaction();
            var account = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
            if (account is null)
            {
                return null;
            }

            var failures = account.FailedSignIns + 1;
            var updated = failures >= maxFailures
                ? account with { FailedSignIns = 0, LockedUntil = now + lockout }
                : account with { FailedSignIns = failures };
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE staff SET failed_sign_ins = $failures, locked_until = $locked WHERE name = $name";
            command.Parameters.AddWithValue("$failures", updated.FailedSignIns);
            command.Parameters.AddWithValue("$locked", updated.LockedUntil is { } until ? until.ToUnixTimeMilliseconds() : DBNull.Value);
            command.Parameters.AddWithValue("$name", name);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return updated;
        }
    }

    /// <inheritdoc />
    public async Task RecordSignInAsync(string name, string? newPasswordHash, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE staff SET failed_sign_ins = 0, locked_until = NULL, password_hash = coalesce($hash, password_hash) WHERE name = $name";
            command.Parameters.AddWithValue("$hash", (object?)newPasswordHash ?? DBNull.Value);
            command.Parameters.AddWithValue("$name", name);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<StaffAccount?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM staff WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        }
    }

    private static StaffAccount Read(SqliteDataReader reader) => new()
    {
        Name = reader.GetString(0),
        Role = StaffRoles.TryParse(reader.GetString(1), out var role) ? role : StaffRole.Agent,
        PasswordHash = reader.GetString(2),
        Stamp = reader.GetString(3),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        FailedSignIns = reader.GetInt32(5),
        LockedUntil = reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
    };
}
