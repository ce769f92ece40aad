using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Tests.Knowledge;

public sealed class SearchLexiconTests
{
    [Theory]
    [InlineData("inet is down at home", "en", "internet")]
    [InlineData("my pw expired", "en", "password")]
    [InlineData("GP does not connect", "en", "vpn")]
    [InlineData("global protect does not connect", "en", "vpn")]
    [InlineData("computer sooo sloooow", "en", "slow")]
    [InlineData("комп тормозит", "ru", "slow")]
    [InlineData("инет не работает", "ru", "internet")]
    [InlineData("вайфай отваливается", "ru", "wifi")]
    [InlineData("вебка не работает в тимсе", "ru", "camera")]
    public void Search_SlangAbbreviationOrStretchedWord_FindsTheTopicsArticle(string query, string language, string idPart)
    {
        var best = ShippedKnowledgeBase.Index.Search(query, language).Hits.FirstOrDefault();
        Assert.NotNull(best);
        Assert.Contains(idPart, best.Article.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Meaning_NegationsInBothLanguages_BecomeOneTerm()
    {
        var lexicon = SearchLexicon.For(Core.Text.TextAnalyzer.Default);
        Assert.Equal([SearchLexicon.Negation], lexicon.Meaning("won't", "won't")!);
        Assert.Equal([SearchLexicon.Negation], lexicon.Meaning("не", "не")!);
        Assert.Empty(lexicon.Meaning("today", "today")!);
        Assert.Null(lexicon.Meaning("printer", "printer"));
    }

    [Fact]
    public void Search_FaultWordedQuery_PrefersTheFaultArticleOverTheHowTo()
    {
        var best = ShippedKnowledgeBase.Index.Search("globalprotect does not connect", "en").Hits[0];
        Assert.Equal("vpn-cannot-connect", best.Article.Id);
    }
}
