using SupportBot.Core;
using SupportBot.Core.Intents;

namespace SupportBot.Core.Tests.Intents;

public sealed class TrainingDataLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadDirectory_ReadsExamplesWithFileAndLineSkippingCommentsAndBlanks()
    {
        Write("en/vpn.txt", "# vpn: remote access\n\nvpn is down\n  cannot connect to vpn  \n");
        Write("ru/vpn.txt", "не работает впн\nвпн отваливается\n");
        var data = TrainingDataLoader.LoadDirectory(_folder, new HashSet<string> { "vpn" });

        Assert.Empty(data.Problems);
        Assert.Equal(["vpn is down", "cannot connect to vpn", "не работает впн", "впн отваливается"], data.Examples.Select(e => e.Text));
        Assert.Equal(new SourceLocation(Path.Combine("en", "vpn.txt"), 4), data.Examples[1].Source);
    }

    [Fact]
    public void LoadDirectory_UnknownIntentFile_IsAnError()
    {
        Write("en/vpn.txt", "a\nb\n");
        Write("en/weather.txt", "rain\nsun\n");
        var data = TrainingDataLoader.LoadDirectory(_folder, new HashSet<string> { "vpn" });
        var problem = Assert.Single(data.Problems);
        Assert.True(problem.IsError);
        Assert.Contains("weather", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine("en", "weather.txt"), problem.Location.File);
    }

    [Fact]
    public void LoadDirectory_DuplicatesWarnAndConflictsFail()
    {
        Write("en/vpn.txt", "vpn down\nVPN down\nthe printer\n");
        Write("en/printer.txt", "The printer\nprinter jam\n");
        var data = TrainingDataLoader.LoadDirectory(_folder);

        var duplicate = Assert.Single(data.Problems, p => !p.IsError);
        Assert.Equal(2, duplicate.Location.Line);
        var conflict = Assert.Single(data.Problems, p => p.IsError);
        Assert.Contains("'printer'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("'vpn'", conflict.Message, StringComparison.Ordinal);
        Assert.True(data.HasErrors);
    }

    [Fact]
    public void LoadTsv_WrongColumnsEmptyTextAndSingletonLabel_AreErrorsWithLines()
    {
        var path = Write("data.tsv", "vpn down\tvpn\nno tab here\n\tvpn\nvpn broken\tvpn\nlonely\tweather\na\tb\tc\n");
        var data = TrainingDataLoader.LoadTsv(path);

        var errors = data.Problems.Where(p => p.IsError).Select(p => (p.Location.Line, p.Message)).ToList();
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("2 tab-separated columns", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 3 && e.Message == "empty text");
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("only one example", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6);
    }

    [Fact]
    public void LoadTsv_MegabyteLine_IsAnErrorNotACrash()
    {
        var path = Write("big.tsv", new string('x', 1_000_000) + "\tvpn\nvpn down\tvpn\nvpn off\tvpn\n");
        var data = TrainingDataLoader.LoadTsv(path);
        var problem = Assert.Single(data.Problems);
        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadTsv_EmptyFile_SaysNoExamples()
    {
        var data = TrainingDataLoader.LoadTsv(Write("empty.tsv", ""));
        Assert.Contains(data.Problems, p => p.IsError && p.Message == "no examples found");
    }

    [Fact]
    public void Load_MissingPath_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => TrainingDataLoader.Load(Path.Combine(_folder, "absent.tsv")));
        Assert.Throws<DirectoryNotFoundException>(() => TrainingDataLoader.LoadDirectory(Path.Combine(_folder, "absent")));
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
