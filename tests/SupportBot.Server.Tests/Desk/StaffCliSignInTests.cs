using System.Diagnostics;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>The real <c>supportbot</c> process writes the account the running server signs in with.</summary>
public sealed class StaffCliSignInTests
{
    [Fact]
    public async Task StaffAdd_ThroughTheServersDataFolderSetting_SignsInToTheDesk()
    {
        await using var desk = new DeskServer();
        var client = desk.NewDeskClient();
        using (var before = await client.SignInAsync("olga", "olga-password-1"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, before.StatusCode);
        }

        // No --data: the CLI finds the folder from the server's own setting, as an operator's shell would have it.
        var (exitCode, output, error) = await RunCliAsync("olga-password-1\n", desk.Factory.DataFolder, "staff", "add", "Olga", "--role", "agent", "--password-stdin");

        Assert.True(exitCode == 0, error);
        Assert.Equal("Added agent olga.", output.Trim());
        await client.SignInOrFailAsync("olga", "olga-password-1");
        Assert.Contains("olga", await client.GetPageAsync("/desk"), StringComparison.Ordinal);

        var (removed, _, _) = await RunCliAsync("", desk.Factory.DataFolder, "staff", "remove", "olga");
        Assert.Equal(0, removed);
        using var after = await client.Http.GetAsync("/desk/api/tickets");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string input, string dataFolder, params string[] args)
    {
        // The CLI is built next to this project, in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var cli = Path.Combine(TempFolder.RepositoryRoot, "src", "SupportBot.Cli", "bin", configuration, "net10.0", "supportbot.dll");
        Assert.True(File.Exists(cli), "the CLI was not built at " + cli);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SupportBot__DataFolder"] = dataFolder;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        return (process.ExitCode, await output, await error);
    }
}
