using SupportBot.Core.Intents;

namespace SupportBot.Cli.Tests;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "supportbot-cli-tests", Guid.NewGuid().ToString("N"));

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task NotUnderstoodMessage_IsListedLabeledAndExportedIntoTheTrainingData()
    {
        var trainingData = CopyTrainingData();
        await CliRun.RunWithInputAsync("хочу заказать пиццу в офис\n/exit\n", "chat", "--data", Data);

        var list = await CliRun.RunAsync("review", "list", "--json", "--data", Data);
        Assert.Equal(0, list.ExitCode);
        var item = System.Text.Json.Nodes.JsonNode.Parse(list.Output)!.AsArray().Single(i => i!["text"]!.GetValue<string>() == "хочу заказать пиццу в офис")!;
        Assert.Equal("ru", item["language"]!.GetValue<string>());
        var id = item["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Message", (await CliRun.RunAsync("review", "list", "--data", Data)).Output, StringComparison.Ordinal);

        var label = await CliRun.RunAsync("review", "label", id, "oos", "--data", Data);
        Assert.Equal(0, label.ExitCode);
        var export = await CliRun.RunAsync("review", "export", "--data", Data, "--training-data", trainingData);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("1 example(s) added", export.Output, StringComparison.Ordinal);

        Assert.Contains("хочу заказать пиццу в офис", File.ReadAllLines(Path.Combine(trainingData, "ru", "oos.txt")));
        Assert.DoesNotContain(TrainingDataLoader.LoadDirectory(trainingData, HelpdeskIntents.All).Problems, p => p.IsError);
        Assert.Contains("empty", (await CliRun.RunAsync("review", "list", "--data", Data)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_UnknownIntentOrId_IsAClearError()
    {
        var badIntent = await CliRun.RunAsync("review", "label", "1", "pizza", "--data", Data);
        Assert.Equal(1, badIntent.ExitCode);
        Assert.Contains("not one of the domain's intents", badIntent.Error, StringComparison.Ordinal);

        var badId = await CliRun.RunAsync("review", "label", "999", "vpn", "--data", Data);
        Assert.Equal(1, badId.ExitCode);
        Assert.Contains("no message 999", badId.Error, StringComparison.Ordinal);
    }

    private string CopyTrainingData()
    {
        var source = Path.Combine(RepositoryRoot(), "training-data");
        var target = Path.Combine(_root, "training-data");
        foreach (var file in Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupportBot.sln not found");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}
