using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("&", "&amp;")]
    [InlineData("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert('x')&lt;/script&gt;")]
    public void Escape_HtmlSpecialCharacter_IsEscaped(string text, string expected)
    {
        Assert.Equal(expected, TelegramHtml.Escape(text));
        Assert.Equal(expected, TelegramHtml.Render(text));
    }

    [Fact]
    public void Render_MarkdownV2Specials_AppearVerbatim()
    {
        const string specials = "_ * [ ] ( ) ~ ` > # + - = | { } . ! \\ \" '";
        var rendered = TelegramHtml.Render(specials);

        Assert.Equal(specials.Replace(">", "&gt;", StringComparison.Ordinal), rendered);
    }

    [Theory]
    [InlineData("**Шаг 1.** Откройте VPN", "<b>Шаг 1.</b> Откройте VPN")]
    [InlineData("**a** and **b**", "<b>a</b> and <b>b</b>")]
    [InlineData("**<x> & y**", "<b>&lt;x&gt; &amp; y</b>")]
    [InlineData("2 ** 3", "2 ** 3")]
    [InlineData("**", "**")]
    [InlineData("****", "****")]
    [InlineData("**open only", "**open only")]
    [InlineData("**a** dangling **", "<b>a</b> dangling **")]
    public void Render_BoldMarkers_BecomeBalancedTagsOrStayText(string text, string expected)
    {
        Assert.Equal(expected, TelegramHtml.Render(text));
    }

    [Fact]
    public void Render_EmojiRussianAndControlCharacters_PassThrough()
    {
        const string text = "Привет 👋🏽 ёжик\tтаб\u200bzero-width";

        Assert.Equal(text, TelegramHtml.Render(text));
    }
}
