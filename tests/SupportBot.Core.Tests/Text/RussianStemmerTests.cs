using SupportBot.Core.Tests.Support;
using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class RussianStemmerTests
{
    private const int MismatchesToReport = 20;

    private readonly RussianStemmer _stemmer = new();

    // The Snowball project's own vocabulary and outputs: the stemmer must agree on every row.
    [Fact]
    public void Stem_SnowballRussianVocabulary_MatchesEveryExpectedStem()
    {
        var path = SharedData.DatasetFile("snowball/russian.tsv");
        var rows = 0;
        var mismatches = 0;
        var report = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var word = line[..tab];
            var expected = line[(tab + 1)..];
            var actual = _stemmer.Stem(word);
            rows++;
            if (actual != expected)
            {
                mismatches++;
                if (report.Count < MismatchesToReport)
                {
                    report.Add($"{word}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(rows > 0, "The vocabulary file is empty.");
        Assert.True(
            mismatches == 0,
            $"{mismatches} of {rows} words differ from Snowball; first {report.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, report)}");
    }

    [Theory]
    [InlineData("пароль", "парол")]
    [InlineData("принтера", "принтер")]
    [InlineData("подключиться", "подключ")]
    [InlineData("серверов", "сервер")]
    [InlineData("работает", "работа")]
    [InlineData("злейший", "злейш")]
    public void Stem_CommonWord_ReturnsSnowballStem(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }

    [Theory]
    [InlineData("ёлка", "елк")]
    [InlineData("актёр", "актер")]
    [InlineData("ёж", "еж")]
    public void Stem_WordWithYo_FoldsYoToYeBeforeStemming(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }

    [Fact]
    public void Stem_LongWordWithYo_FoldsWithoutTruncating()
    {
        var prefix = new string('б', 100);

        Assert.Equal(prefix + "елк", _stemmer.Stem(prefix + "ёлками"));
    }

    [Theory]
    [InlineData("я")]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("windows")]
    [InlineData("wi-fi")]
    [InlineData("сервер")]
    public void Stem_WordWithNothingToRemove_ReturnsSameInstance(string word)
    {
        Assert.Same(word, _stemmer.Stem(word));
    }
}
