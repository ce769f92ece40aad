namespace SupportBot.Cli.Tests;

public sealed class ChatCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "supportbot-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Chat_Russian_GreetsAnswersWithNumberedChoicesAndTakesANumber()
    {
        var run = await CliRun.RunWithInputAsync("не работает впн\n1\n/exit\n", "chat", "--data", _data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Здравствуйте!", run.Output, StringComparison.Ordinal);
        Assert.Contains("Шаг 1 из", run.Output, StringComparison.Ordinal);
        Assert.Contains("1. Помогло", run.Output, StringComparison.Ordinal);
        Assert.Contains("рад, что получилось", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, "supportbot.db")));
    }

    [Fact]
    public async Task Chat_English_EndOfInputEndsTheChat()
    {
        var run = await CliRun.RunWithInputAsync("hello\n", "chat", "--lang", "en", "--data", _data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Hello! I'm the IT support bot.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_UnknownLanguage_IsAClearError()
    {
        var run = await CliRun.RunWithInputAsync("", "chat", "--lang", "de", "--data", _data);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("de", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}
