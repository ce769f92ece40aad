using SupportBot.Core.Tests.Support;
using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class LetterBigramResourceTests
{
    public const string EnglishAlphabet = "abcdefghijklmnopqrstuvwxyz";
    public const string RussianAlphabet = "абвгдежзийклмнопрстуфхцчшщъыьэюя";

    // The shipped letter statistics are counted from the Snowball vocabularies; set SUPPORTBOT_REGENERATE=1 to rewrite them.
    [Theory]
    [InlineData("en", EnglishAlphabet, "snowball/english.tsv")]
    [InlineData("ru", RussianAlphabet, "snowball/russian.tsv")]
    public void EmbeddedLetterBigrams_MatchTheSnowballVocabulary(string name, string alphabet, string vocabulary)
    {
        var words = File.ReadLines(SharedData.DatasetFile(vocabulary)).Select(line => line.Split('\t')[0]);
        var expected = LetterBigramModel.FormatCounts(alphabet, words);
        var resource = Path.Combine(SharedData.RepositoryRoot, "src", "SupportBot.Core", "Text", "Resources", $"letter-bigrams-{name}.txt");
        if (Environment.GetEnvironmentVariable("SUPPORTBOT_REGENERATE") == "1")
        {
            File.WriteAllText(resource, expected);
        }

        Assert.Equal(expected, File.ReadAllText(resource));
    }
}
