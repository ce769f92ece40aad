using Microsoft.Data.Sqlite;
using SupportBot.Core.Staff;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Staff;

/// <summary>The staff table in a real SQLite file.</summary>
public sealed class SqliteStaffStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-staff-" + Guid.NewGuid().ToString("N"));

    public SqliteStaffStoreTests() => Store = Open();

    private SqliteStaffStore Store { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SqliteStaffStore Open() => new(new SqliteDatabase(Path.Combine(_folder, "bot.db")));

    private static StaffAccount Account(string name, StaffRole role = StaffRole.Agent) =>
        new() { Name = name, Role = role, PasswordHash = "hash-of-" + name, Stamp = "stamp-" + name, CreatedAt = Now };

    [Fact]
    public async Task AddFindList_RoundTripsEveryField_AcrossAReopen()
    {
        Assert.Equal(StaffAddOutcome.Added, await Store.AddAsync(Account("zoe", StaffRole.Admin), CancellationToken.None));
        Assert.Equal(StaffAddOutcome.Added, await Store.AddAsync(Account("анна"), CancellationToken.None));

        var reopened = Open();
        var zoe = await reopened.FindAsync("zoe", CancellationToken.None);
        var all = await reopened.ListAsync(CancellationToken.None);

        Assert.Equal(Account("zoe", StaffRole.Admin), zoe);
        Assert.Equal(["zoe", "анна"], all.Select(a => a.Name));
        Assert.Null(await reopened.FindAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task Add_TakenName_IsAValueAndKeepsTheFirst()
    {
        await Store.AddAsync(Account("anna"), CancellationToken.None);

        var second = await Store.AddAsync(Account("anna", StaffRole.Admin) with { PasswordHash = "other" }, CancellationToken.None);

        Assert.Equal(StaffAddOutcome.NameTaken, second);
        Assert.Equal("hash-of-anna", (await Store.FindAsync("anna", CancellationToken.None))!.PasswordHash);
    }

    [Fact]
    public async Task Remove_KnownAndUnknown()
    {
        await Store.AddAsync(Account("anna"), CancellationToken.None);

        Assert.True(await Store.RemoveAsync("anna", CancellationToken.None));
        Assert.False(await Store.RemoveAsync("anna", CancellationToken.None));
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RecordFailedSignIn_FifthLocksAndRestartsTheCount_SuccessClears()
    {
        await Store.AddAsync(Account("anna"), CancellationToken.None);

        for (var i = 1; i <= 4; i++)
        {
            var after = await Store.RecordFailedSignInAsync("anna", Now, 5, TimeSpan.FromMinutes(5), CancellationToken.None);
            Assert.Equal(i, after!.FailedSignIns);
            Assert.False(after.IsLockedOut(Now));
        }

        var locked = await Store.RecordFailedSignInAsync("anna", Now, 5, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.Equal(Now.AddMinutes(5), locked!.LockedUntil);
        Assert.Equal(0, locked.FailedSignIns);
        Assert.True((await Open().FindAsync("anna", CancellationToken.None))!.IsLockedOut(Now.AddMinutes(4)));
        Assert.False(locked.IsLockedOut(Now.AddMinutes(5)));

        await Store.RecordSignInAsync("anna", "rehashed", CancellationToken.None);
        var cleared = await Store.FindAsync("anna", CancellationToken.None);
        Assert.Null(cleared!.LockedUntil);
        Assert.Equal("rehashed", cleared.PasswordHash);
        await Store.RecordSignInAsync("anna", null, CancellationToken.None);
        Assert.Equal("rehashed", (await Store.FindAsync("anna", CancellationToken.None))!.PasswordHash);
    }

    [Fact]
    public async Task RecordFailedSignIn_Parallel_CountsEveryFailure()
    {
        await Store.AddAsync(Account("anna"), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Open().RecordFailedSignInAsync("anna", Now, 100, TimeSpan.FromMinutes(5), CancellationToken.None))));

        Assert.Equal(8, (await Store.FindAsync("anna", CancellationToken.None))!.FailedSignIns);
    }

    [Fact]
    public async Task RecordFailedSignIn_UnknownName_IsNull() =>
        Assert.Null(await Store.RecordFailedSignInAsync("ghost", Now, 5, TimeSpan.FromMinutes(5), CancellationToken.None));

    [Fact]
    public async Task Names_AreParametersNotSql()
    {
        await Store.AddAsync(Account("anna"), CancellationToken.None);

        Assert.Null(await Store.FindAsync("' OR '1'='1", CancellationToken.None));
        Assert.False(await Store.RemoveAsync("' OR '1'='1", CancellationToken.None));
        Assert.Single(await Store.ListAsync(CancellationToken.None));
    }
}
