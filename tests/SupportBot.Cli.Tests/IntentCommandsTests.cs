using System.Text.Json;

namespace SupportBot.Cli.Tests;

public sealed class IntentCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string DataFile => Write("data.tsv", string.Join('\n',
        "vpn does not connect\tvpn", "my vpn keeps dropping\tvpn", "не работает впн\tvpn", "впн не подключается\tvpn",
        "printer is not printing\tprinter", "the printer jammed\tprinter", "принтер не печатает\tprinter", "замялась бумага в принтере\tprinter",
        "what is the weather\toos", "tell me a joke\toos", "какая погода завтра\toos", "расскажи анекдот\toos"));

    private string ModelFile => Path.Combine(_folder, "model.sbim");

    [Fact]
    public async Task Train_TsvData_WritesModelAndPrintsMetrics()
    {
        var run = await CliRun.RunAsync("train", "--data", DataFile, "--out", ModelFile);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(ModelFile));
        Assert.Contains("In-scope accuracy", run.Output, StringComparison.Ordinal);
        Assert.Contains("Out-of-scope threshold", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainJson_PrintsLabelsAndDataHash()
    {
        var run = await CliRun.RunAsync("train", "--data", DataFile, "--out", ModelFile, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["oos", "printer", "vpn"], json.RootElement.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(64, json.RootElement.GetProperty("trainingDataSha256").GetString()!.Length);
    }

    [Fact]
    public async Task PredictJson_GivesRankedIntentsAndDecision()
    {
        await CliRun.RunAsync("train", "--data", DataFile, "--out", ModelFile);
        var run = await CliRun.RunAsync("predict", "впн опять не подключается", "--model", ModelFile, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("vpn", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("Russian", json.RootElement.GetProperty("language").GetString());
        Assert.False(json.RootElement.GetProperty("isOutOfScope").GetBoolean());
        Assert.Equal("vpn", json.RootElement.GetProperty("ranked")[0].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Evaluate_PrintsTablesAndJson()
    {
        await CliRun.RunAsync("train", "--data", DataFile, "--out", ModelFile);
        var table = await CliRun.RunAsync("evaluate", "--model", ModelFile, "--data", DataFile);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Threshold sweep", table.Output, StringComparison.Ordinal);
        Assert.Contains("Most confused", table.Output, StringComparison.Ordinal);

        var json = await CliRun.RunAsync("evaluate", "--model", ModelFile, "--data", DataFile, "--json");
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal(12, report.RootElement.GetProperty("examples").GetInt32());
        Assert.InRange(report.RootElement.GetProperty("inScopeAccuracy").GetDouble(), 0.5, 1);
        Assert.True(report.RootElement.GetProperty("sweep").GetArrayLength() > 10);
    }

    [Fact]
    public async Task EvaluateCv_CrossValidatesWithoutAModel()
    {
        var run = await CliRun.RunAsync("evaluate", "--data", DataFile, "--cv", "2", "--json");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(12, report.RootElement.GetProperty("examples").GetInt32());
        Assert.False(File.Exists(ModelFile));
    }

    [Fact]
    public async Task EvaluateCv_WithAModel_FailsWithOneLine()
    {
        var run = await CliRun.RunAsync("evaluate", "--data", DataFile, "--cv", "2", "--model", ModelFile);
        AssertOneLineError(run, "--cv");
    }

    [Fact]
    public async Task Train_MissingData_FailsWithOneLine()
    {
        var run = await CliRun.RunAsync("train", "--data", Path.Combine(_folder, "absent.tsv"), "--out", ModelFile);
        AssertOneLineError(run, "absent.tsv");
    }

    [Fact]
    public async Task Train_WrongColumns_ListsTheLineAndFails()
    {
        var run = await CliRun.RunAsync("train", "--data", Write("bad.tsv", "vpn down\tvpn\nno tab at all\nvpn off\tvpn\n"), "--out", ModelFile);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.tsv:2", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ModelFile));
    }

    [Fact]
    public async Task Train_LabelWithOneExample_Fails()
    {
        var run = await CliRun.RunAsync("train", "--data", Write("one.tsv", "vpn down\tvpn\nvpn off\tvpn\nprinter\tprinter\n"), "--out", ModelFile);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("only one example", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_EmptyData_Fails()
    {
        var run = await CliRun.RunAsync("train", "--data", Write("empty.tsv", ""), "--out", ModelFile);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no examples", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MegabyteLine_FailsWithoutStackTrace()
    {
        var run = await CliRun.RunAsync("train", "--data", Write("huge.tsv", new string('a', 1_000_000) + "\tvpn\nvpn\tvpn\nvpn down\tvpn\n"), "--out", ModelFile);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("huge.tsv:1", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_CorruptModel_FailsWithOneLineNamingTheFile()
    {
        var path = Write("broken.sbim", "this is not a model");
        var run = await CliRun.RunAsync("predict", "hello", "--model", path);
        AssertOneLineError(run, "broken.sbim");
    }

    [Fact]
    public async Task Evaluate_WithoutData_IsAUsageError()
    {
        var run = await CliRun.RunAsync("evaluate", "--model", ModelFile);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--data", run.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(CliRun run, string mention)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
