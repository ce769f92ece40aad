using SupportBot.Core.Tests.Support;
using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class EnglishStemmerTests
{
    private readonly EnglishStemmer _stemmer = new();

    [Fact]
    public void Stem_EverySnowballVocabularyWord_MatchesTheExpectedStem()
    {
        var rows = File.ReadLines(SharedData.DatasetFile("snowball/english.tsv"))
            .Select(line => line.Split('\t'))
            .ToList();

        var mismatches = rows
            .Select(row => (Word: row[0], Expected: row[1], Actual: _stemmer.Stem(row[0])))
            .Where(result => result.Actual != result.Expected)
            .ToList();

        Assert.True(
            mismatches.Count == 0,
            $"{mismatches.Count} of {rows.Count} words differ, first 20:{Environment.NewLine}"
                + string.Join(Environment.NewLine, mismatches.Take(20).Select(m => $"{m.Word}: expected {m.Expected}, got {m.Actual}")));
    }

    [Theory]
    [InlineData("connecting", "connect")]
    [InlineData("printers", "printer")]
    [InlineData("passwords", "password")]
    [InlineData("generously", "generous")]
    [InlineData("hoping", "hope")]
    [InlineData("running", "run")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("happily", "happili")]
    public void Stem_CommonWord_ReturnsPorter2Stem(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }

    // Rows that changed after the classic 2006 Porter2: undoubling (2023) and the 2025 exceptions.
    [Theory]
    [InlineData("added", "add")]
    [InlineData("offing", "off")]
    [InlineData("university", "universiti")]
    [InlineData("organization", "organiz")]
    [InlineData("international", "internat")]
    [InlineData("geologists", "geolog")]
    [InlineData("pasted", "paste")]
    [InlineData("evening", "evening")]
    [InlineData("dying", "die")]
    [InlineData("proceed", "proceed")]
    public void Stem_WordChangedInRecentSnowball_ReturnsCurrentStem(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }

    [Theory]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("early", "earli")]
    public void Stem_WholeWordException_ReturnsListedForm(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("привет")]
    [InlineData("пароли")]
    [InlineData("feed")]
    public void Stem_ShortNonLatinOrAlreadyStemmedWord_ReturnsSameInstance(string word)
    {
        Assert.Same(word, _stemmer.Stem(word));
    }

    [Fact]
    public void Stem_WordLongerThanStackBuffer_StemsLikeAShortOne()
    {
        var prefix = string.Concat(Enumerable.Repeat("un", 35));

        Assert.Equal(prefix + "connect", _stemmer.Stem(prefix + "connecting"));
    }

    [Theory]
    [InlineData("there's'", "there")]
    [InlineData("'as'", "as")]
    public void Stem_WordWithApostrophes_DropsLeadingAndPossessiveOnes(string word, string expected)
    {
        Assert.Equal(expected, _stemmer.Stem(word));
    }
}
