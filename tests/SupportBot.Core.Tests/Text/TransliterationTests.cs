using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("ne rabotaet pochta", "не работает почта")]
    [InlineData("zabyl parol", "забыл парол")]
    [InlineData("privet", "привет")]
    [InlineData("moy kompyuter", "мой компютер")]
    [InlineData("shchetka zhurnal chasy", "щетка журнал часы")]
    public void ToCyrillic_ReadsLatinRussian(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, Transliteration.ToCyrillic(latin));
}
