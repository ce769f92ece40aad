using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ёлка ЗЕЛЁНАЯ", "елка зеленая")]
    [InlineData("Outlook ERROR 0x800CCC0E", "outlook error 0x800ccc0e")]
    [InlineData("Ｗｉｎｄｏｗｓ １１", "windows 11")]
    [InlineData("«Пароль» — “не подходит”", "\"пароль\" - \"не подходит\"")]
    [InlineData("", "")]
    public void Normalize_FoldsCaseYoAndCompatibilityForms(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_KeepsEmojiAndLength() =>
        Assert.Equal("vpn 😡", TextNormalizer.Normalize("VPN 😡"));
}
