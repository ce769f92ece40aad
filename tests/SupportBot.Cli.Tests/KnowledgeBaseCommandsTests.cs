using System.Text.Json;

namespace SupportBot.Cli.Tests;

public sealed class KnowledgeBaseCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-kb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Article(string id, string language, string intent, string title, string body) =>
        $"---\nid: {id}\nlang: {language}\ntitle: {title}\nintents:\n  - {intent}\nquestions:\n  - {title}?\n---\n{body}\n\n1. First step.\n2. Second step.\n";

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private void WriteValidKnowledgeBase()
    {
        Write("en/vpn.md", Article("vpn", "en", "vpn", "VPN does not connect", "Reconnect GlobalProtect to the portal."));
        Write("ru/vpn.md", Article("vpn", "ru", "vpn", "VPN не подключается", "Переподключите GlobalProtect к порталу."));
        Write("en/printer.md", Article("printer", "en", "printer", "Printer does not print", "Tap your badge at the printer."));
        Write("ru/printer.md", Article("printer", "ru", "printer", "Принтер не печатает", "Приложите пропуск к принтеру."));
    }

    [Fact]
    public async Task Check_BrokenArticles_ListsEachProblemWithFileAndLineAndFails()
    {
        WriteValidKnowledgeBase();
        Write("en/copy.md", Article("vpn", "en", "vpn", "Copy", "Body."));
        Write("en/weather.md", Article("weather", "en", "weather", "Weather", "Body."));
        Write("en/empty.md", "---\nid: empty\nlang: en\ntitle: Empty\nintents: [printer]\n---\n\n");
        Write("en/broken.md", "---\nid: broken\nlang: en\ntitle: [unclosed\n---\nBody.\n");
        Write("en/noid.md", "---\nlang: en\ntitle: No id\nintents: [printer]\n---\nBody.\n");
        Write("ru/only-ru.md", Article("only-ru", "ru", "printer", "Только по-русски", "Текст."));

        var run = await CliRun.RunAsync("kb", "check", "--kb", _folder);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{Path.Combine("en", "vpn.md")}:2: error: duplicate id 'vpn'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine("en", "weather.md")}:6: error: unknown intent 'weather'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine("en", "empty.md")}:7: error: the article has no body", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine("en", "broken.md")}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken front matter", run.Error, StringComparison.Ordinal);
        Assert.Contains("front matter is missing 'id'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine("ru", "only-ru.md")}:2: warning: 'only-ru' has no 'en' version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ValidKnowledgeBase_Succeeds()
    {
        WriteValidKnowledgeBase();
        var run = await CliRun.RunAsync("kb", "check", "--kb", _folder);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 articles (2 ru, 2 en), 0 error(s), 0 warning(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ValidKnowledgeBase_BuildsAndSavesTheIndex()
    {
        WriteValidKnowledgeBase();
        var output = Path.Combine(_folder, "index.sqlite");
        var run = await CliRun.RunAsync("kb", "index", "--kb", _folder, "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("indexed 4 articles", run.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(output).Length > 0);
    }

    [Fact]
    public async Task SearchJson_GivesIdTitleLanguageScoreAndRelevance()
    {
        WriteValidKnowledgeBase();
        var run = await CliRun.RunAsync("kb", "search", "принтр не печатает", "--kb", _folder, "--json", "--no-intents");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var best = json.RootElement[0];
        Assert.Equal("printer", best.GetProperty("id").GetString());
        Assert.Equal("Принтер не печатает", best.GetProperty("title").GetString());
        Assert.Equal("ru", best.GetProperty("language").GetString());
        Assert.True(best.GetProperty("score").GetDouble() > 0);
        Assert.True(best.GetProperty("isRelevant").GetBoolean());
    }

    [Fact]
    public async Task Search_UnrelatedQuery_SaysNothingRelevant()
    {
        WriteValidKnowledgeBase();
        var run = await CliRun.RunAsync("kb", "search", "recipe for pancakes", "--kb", _folder, "--no-intents");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing relevant found.", run.Output, StringComparison.Ordinal);
    }
}
