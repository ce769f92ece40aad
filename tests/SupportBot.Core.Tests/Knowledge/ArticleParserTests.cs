using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Tests.Knowledge;

public sealed class ArticleParserTests
{
    private const string Valid = """
        ---
        id: vpn-cannot-connect
        lang: en
        title: "VPN: does not connect"
        intents: [vpn]
        questions:
          - vpn is down
          - error 809
        tags: [vpn, remote]
        ---
        Restart the client first: it fixes **most** cases.

        ## Steps
        1. Open *GlobalProtect* from the tray.
        2. Click **Connect** and wait.
        3. Still failing? Restart the laptop.

        ## If it still fails
        Tell support the error code.
        """;

    [Fact]
    public void Parse_ValidArticle_ReadsFrontMatterSummaryAndSteps()
    {
        var problems = new List<DataProblem>();
        var article = ArticleParser.Parse(Valid, "en/vpn.md", problems);

        Assert.Empty(problems);
        Assert.NotNull(article);
        Assert.Equal(("vpn-cannot-connect", "en", "VPN: does not connect"), (article.Id, article.Language, article.Title));
        Assert.Equal(["vpn"], article.Intents);
        Assert.Equal(["vpn is down", "error 809"], article.Questions);
        Assert.Equal("Restart the client first: it fixes most cases.", article.Summary);
        Assert.Equal(["Open GlobalProtect from the tray.", "Click Connect and wait.", "Still failing? Restart the laptop."], article.Steps);
        Assert.Contains("Tell support the error code.", article.PlainBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArticleWithoutNumberedList_HasNoSteps()
    {
        var article = ArticleParser.Parse("---\nid: a\nlang: en\ntitle: T\nintents: [vpn]\n---\nJust restart it.\n\n- a bullet\n- another\n", "a.md", []);
        Assert.NotNull(article);
        Assert.Empty(article.Steps);
    }

    [Theory]
    [InlineData("no front matter here", 1, "missing front matter")]
    [InlineData("---\nid: a\nlang: en\n", 1, "not closed")]
    [InlineData("---\nid: a\nlang: en\ntitle: [unclosed\nintents: [vpn]\n---\nbody", 4, "broken front matter")]
    [InlineData("---\nlang: en\ntitle: T\nintents: [vpn]\n---\nbody", 2, "missing 'id'")]
    [InlineData("---\nid: a\nlang: en\nintents: [vpn]\n---\nbody", 2, "missing 'title'")]
    [InlineData("---\nid: a\nlang: en\ntitle: T\n---\nbody", 2, "at least one intent")]
    [InlineData("---\nid: a\nlang: en\ntitle: T\nintents: [vpn]\n---\n\n  \n", 7, "no body")]
    public void Parse_BrokenArticle_ReportsTheProblemWithItsLine(string content, int line, string message)
    {
        var problems = new List<DataProblem>();
        Assert.Null(ArticleParser.Parse(content, "x.md", problems));
        var problem = Assert.Single(problems);
        Assert.Equal(("x.md", line), (problem.Location.File, problem.Location.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
