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

    [Fact]
    public void Normalize_BinaryNoise_NeverThrows()
    {
        Assert.Equal("  abc", TextNormalizer.Normalize("\ufffe abc"));
        foreach (var noise in new[] { "a\ud800b", "\uffff\ufdd0x", "\udc00\ufffe\u0000", "x\ufffe\ud83d" })
        {
            Assert.DoesNotContain('\ufffe', TextNormalizer.Normalize(noise));
        }
    }
}
