using System.Net;
using System.Text.RegularExpressions;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed partial class TelegramTextSplitterTests
{
    [Fact]
    public void SplitToHtml_ShortText_IsOneMessage()
    {
        var parts = TelegramTextSplitter.SplitToHtml("Здравствуйте! Чем помочь?");

        Assert.Equal(["Здравствуйте! Чем помочь?"], parts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t")]
    public void SplitToHtml_BlankText_IsNoMessage(string text)
    {
        Assert.Empty(TelegramTextSplitter.SplitToHtml(text));
    }

    [Fact]
    public void SplitToHtml_FiveThousandCharactersInParagraphs_SplitsAtParagraphBoundary()
    {
        var paragraphs = Enumerable.Range(1, 10).Select(i => $"**Шаг {i}.** " + new string('ж', 500)).ToArray();
        var text = string.Join("\n\n", paragraphs);
        Assert.True(text.Length > 5000);

        var parts = TelegramTextSplitter.SplitToHtml(text);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramTextSplitter.MaxMessageLength));
        Assert.All(parts, AssertWellFormed);

        // Every paragraph arrives whole, in order.
        var received = parts.SelectMany(p => p.Split("\n\n")).Select(Unrender).ToArray();
        Assert.Equal(paragraphs.Select(p => p.Replace("**", "", StringComparison.Ordinal)), received);
    }

    [Fact]
    public void SplitToHtml_OneHugeParagraph_SplitsAtLinesThenWords()
    {
        var lines = Enumerable.Range(1, 200).Select(i => $"Строка {i}: проверьте <кабель> & питание").ToArray();
        var text = string.Join('\n', lines) + "\n" + string.Join(' ', Enumerable.Repeat("слово", 1200));

        var parts = TelegramTextSplitter.SplitToHtml(text);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramTextSplitter.MaxMessageLength, $"part of {p.Length}"));
        Assert.All(parts, AssertWellFormed);
        Assert.Equal(Words(text), parts.SelectMany(p => Words(Unrender(p))));
    }

    [Fact]
    public void SplitToHtml_EscapingGrowsText_StillUnderLimitAfterEscaping()
    {
        // 5,000 ampersands are 25,000 characters once escaped.
        var text = new string('&', 5000);

        var parts = TelegramTextSplitter.SplitToHtml(text);

        Assert.All(parts, p => Assert.True(p.Length <= TelegramTextSplitter.MaxMessageLength));
        Assert.All(parts, AssertWellFormed);
        Assert.Equal(text, string.Concat(parts.Select(Unrender)));
    }

    [Fact]
    public void SplitToHtml_UnbrokenEmojiRun_NeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = TelegramTextSplitter.SplitToHtml(text);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void SplitToHtml_BoldSpanAcrossSplit_NeverLeavesHalfATag()
    {
        var text = "**" + string.Join(' ', Enumerable.Repeat("жирный", 1000)) + "**";

        var parts = TelegramTextSplitter.SplitToHtml(text);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, AssertWellFormed);
    }

    private static void AssertWellFormed(string html)
    {
        Assert.Equal(Count(html, "<b>"), Count(html, "</b>"));
        Assert.DoesNotMatch(TagOtherThanBold(), html);
        Assert.DoesNotMatch(BareAmpersand(), html);
    }

    private static string Unrender(string html) => WebUtility.HtmlDecode(html.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal));

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    [GeneratedRegex("<(?!/?b>)")]
    private static partial Regex TagOtherThanBold();

    [GeneratedRegex("&(?!(amp|lt|gt);)")]
    private static partial Regex BareAmpersand();
}
