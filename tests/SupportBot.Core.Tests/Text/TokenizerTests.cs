using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("ошибка 0x800ccc0e в outlook", new[] { "ошибка", "0x800ccc0e", "в", "outlook" })]
    [InlineData("версия 11.2.3, не работает.", new[] { "версия", "11.2.3", "не", "работает" })]
    [InlineData("не работает 1с!", new[] { "не", "работает", "1с" })]
    [InlineData("wi-fi doesn't work", new[] { "wi-fi", "doesn't", "work" })]
    [InlineData("vpn.then printer", new[] { "vpn", "then", "printer" })]
    [InlineData("  ...  !!! ", new string[0])]
    public void Tokenize_KeepsCodesVersionsAndProductNamesWhole(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.TokenizeToStrings(text));

    [Fact]
    public void Tokenize_MakesEmojiTokensOfTheirOwn()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("help 😡😡", tokens);
        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Symbol], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_CutsOverlongRuns()
    {
        var tokens = Tokenizer.TokenizeToStrings(new string('a', 500));
        Assert.Equal(Tokenizer.MaxTokenLength, Assert.Single(tokens).Length);
    }
}
