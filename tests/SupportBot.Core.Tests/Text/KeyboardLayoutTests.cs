using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class KeyboardLayoutTests
{
    [Theory]
    [InlineData("ghbdtn", "привет")]
    [InlineData("ghbdtn yt hf,jnftn dgy", "привет не работает впн")]
    [InlineData("pf,sk gfhjkm", "забыл пароль")]
    [InlineData("ghbdtn? rfr ltkf/", "привет, как дела.")]
    public void ToCyrillic_ReadsWrongLayoutAsRussian(string typed, string meant) =>
        Assert.Equal(meant, KeyboardLayout.ToCyrillic(typed));

    [Fact]
    public void ToLatin_ReadsWrongLayoutAsEnglish() =>
        Assert.Equal("outlook", KeyboardLayout.ToLatin("щгедщщл"));
}
