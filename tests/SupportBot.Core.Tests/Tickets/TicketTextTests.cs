using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketTextTests
{
    [Theory]
    [InlineData("line1\nline2\tcol", "line1\nline2\tcol")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("bell\u0007null\u0000esc\u001b[31m", "bellnullesc[31m")]
    [InlineData("del\u007f c1\u0085", "del c1")]
    [InlineData("emoji 😀 ok", "emoji 😀 ok")]
    [InlineData("", "")]
    public void Clean_ControlAndBrokenCharacters_AreDroppedOrReplaced(string input, string expected) =>
        Assert.Equal(expected, TicketText.Clean(input, 1_000));

    [Fact]
    public void Clean_UnpairedSurrogates_BecomeReplacementCharacters()
    {
        // Built in code: attribute strings cannot carry unpaired surrogates.
        Assert.Equal("lone \ufffd high", TicketText.Clean("lone " + '\ud83d' + " high", 100));
        Assert.Equal("lone \ufffd low", TicketText.Clean("lone " + '\ude00' + " low", 100));
        Assert.Equal("end \ufffd", TicketText.Clean("end " + '\ud83d', 100));
        Assert.Equal("pair 😀", TicketText.Clean("pair \ud83d\ude00", 100));
    }

    [Fact]
    public void Clean_TextOverTheCap_IsCutAndMarkedWithinTheCap()
    {
        var cleaned = TicketText.Clean(new string('я', 5_000), TicketLimits.DetailLength);
        Assert.Equal(TicketLimits.DetailLength, cleaned.Length);
        Assert.EndsWith(TicketLimits.TruncationMarker, cleaned, StringComparison.Ordinal);
        Assert.StartsWith(new string('я', 100), cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CutFallsInsideAnEmoji_KeepsTheSurrogatePairWhole()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 100));
        for (var cap = 20; cap < 30; cap++)
        {
            var cleaned = TicketText.Clean(text, cap);
            Assert.True(cleaned.Length <= cap);
            var kept = cleaned[..^TicketLimits.TruncationMarker.Length];
            Assert.Equal(0, kept.Length % 2);
            Assert.DoesNotContain('\ufffd', cleaned);
        }
    }

    [Fact]
    public void CleanOptional_WhitespaceOnly_IsNull() =>
        Assert.Null(TicketText.CleanOptional(" \t\n\u0001 ", 100));

    [Fact]
    public void CleanName_MultiLine_IsOneTrimmedLine() =>
        Assert.Equal("Анна Петрова", TicketText.CleanName("  Анна\nПетрова \t"));
}
