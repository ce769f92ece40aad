using Microsoft.AspNetCore.Identity;
using SupportBot.Core.Staff;
using SupportBot.Core.Storage;

namespace SupportBot.Cli.Tests;

/// <summary><c>supportbot staff</c> against a real SQLite file in a temp data folder.</summary>
public sealed class StaffCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("supportbot-staff-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private Task<CliRun> RunAsync(string input, params string[] args) => CliRun.RunWithInputAsync(input, [.. args, "--data", _data]);

    private async Task<StaffAccount?> FindAsync(string name) =>
        await new SqliteStaffStore(new SqliteDatabase(Path.Combine(_data, SqliteDatabase.DefaultFileName))).FindAsync(name, CancellationToken.None);

    [Fact]
    public async Task Add_PasswordFromStdin_StoresAVerifiableHashNotThePassword()
    {
        var run = await RunAsync("s3cret-pässword\n", "staff", "add", "Anna", "--role", "agent", "--password-stdin");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Added agent anna.", run.Output.Trim());
        var account = await FindAsync("anna");
        Assert.NotNull(account);
        Assert.Equal(StaffRole.Agent, account.Role);
        Assert.DoesNotContain("s3cret", account.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffAccount>().VerifyHashedPassword(account, account.PasswordHash, "s3cret-pässword"));
        Assert.Equal(PasswordVerificationResult.Failed, new PasswordHasher<StaffAccount>().VerifyHashedPassword(account, account.PasswordHash, "s3cret-passwort"));
        Assert.DoesNotContain("s3cret", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndRemove_ShowAndDeleteAccounts()
    {
        await RunAsync("password-one\n", "staff", "add", "boss", "--role", "admin", "--password-stdin");
        await RunAsync("password-two\n", "staff", "add", "иван.петров", "--role", "agent", "--password-stdin");

        var list = await RunAsync("", "staff", "list");
        var remove = await RunAsync("", "staff", "remove", "BOSS");
        var again = await RunAsync("", "staff", "remove", "boss");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("boss", list.Output, StringComparison.Ordinal);
        Assert.Contains("admin", list.Output, StringComparison.Ordinal);
        Assert.Contains("иван.петров", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, remove.ExitCode);
        Assert.Null(await FindAsync("boss"));
        Assert.NotNull(await FindAsync("иван.петров"));
        Assert.Equal(CliApp.UserError, again.ExitCode);
        Assert.Equal("error: There is no staff account named boss.", again.Error.Trim());
    }

    [Fact]
    public async Task Add_ExistingName_IsRefusedAndKeepsTheOldPassword()
    {
        await RunAsync("first-password\n", "staff", "add", "anna", "--role", "agent", "--password-stdin");

        var run = await RunAsync("second-password\n", "staff", "add", "ANNA", "--role", "admin", "--password-stdin");

        Assert.Equal(CliApp.UserError, run.ExitCode);
        Assert.Contains("exists already", run.Error, StringComparison.Ordinal);
        var account = await FindAsync("anna");
        Assert.Equal(StaffRole.Agent, account!.Role);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffAccount>().VerifyHashedPassword(account, account.PasswordHash, "first-password"));
    }

    [Theory]
    [InlineData("short\n", "at least 8 characters")]
    [InlineData("", "standard input is empty")]
    [InlineData("        \n", "at least 8 characters")]
    public async Task Add_BadPassword_IsRefusedAndAddsNothing(string input, string error)
    {
        var run = await RunAsync(input, "staff", "add", "anna", "--role", "agent", "--password-stdin");

        Assert.Equal(CliApp.UserError, run.ExitCode);
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
        Assert.Null(await FindAsync("anna"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("anna smith")]
    [InlineData("<script>")]
    [InlineData("'; DROP TABLE staff; --")]
    public async Task Add_BadName_SaysWhatIsAllowed(string name)
    {
        var run = await RunAsync("good-password\n", "staff", "add", name, "--role", "agent", "--password-stdin");

        Assert.Equal(CliApp.UserError, run.ExitCode);
        Assert.StartsWith("error: A staff name ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownRole_IsAParseError()
    {
        var run = await RunAsync("good-password\n", "staff", "add", "anna", "--role", "root", "--password-stdin");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Null(await FindAsync("anna"));
    }

    [Fact]
    public async Task Add_NoTerminalAndNoPasswordStdin_SaysToUseIt()
    {
        var run = await RunAsync("piped-password\n", "staff", "add", "anna", "--role", "agent");

        Assert.Equal(CliApp.UserError, run.ExitCode);
        Assert.Contains("--password-stdin", run.Error, StringComparison.Ordinal);
        Assert.Null(await FindAsync("anna"));
    }

    [Fact]
    public async Task List_Empty_SaysHowToAdd()
    {
        var run = await RunAsync("", "staff", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("supportbot staff add", run.Output, StringComparison.Ordinal);
    }
}
