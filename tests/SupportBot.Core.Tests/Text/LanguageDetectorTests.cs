using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    private static LanguageGuess Detect(string text) => LanguageDetector.Default.Detect(TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("не работает Outlook", Language.Russian)]
    [InlineData("My VPN keeps disconnecting", Language.English)]
    [InlineData("printer", Language.English)]
    [InlineData("vpn", Language.English)]
    [InlineData("outlook", Language.English)]
    [InlineData("wifi not working", Language.English)]
    [InlineData("zoom crashes", Language.English)]
    [InlineData("my laptop is very slow", Language.English)]
    [InlineData("hello, I forgot my password", Language.English)]
    [InlineData("Teams не видит камеру", Language.Russian)]
    [InlineData("😡😡😡", Language.Unknown)]
    [InlineData("12345", Language.Unknown)]
    public void Detect_TellsRussianFromEnglish(string text, Language expected) =>
        Assert.Equal(expected, Detect(text).Language);

    [Theory]
    [InlineData("ghbdtn yt hf,jnftn dgy", "привет не работает впн")]
    [InlineData("pf,sk gfhjkm", "забыл пароль")]
    [InlineData("yt gtxfnftn ghbynth", "не печатает принтер")]
    public void Detect_RepairsWrongKeyboardLayout(string typed, string meant)
    {
        var guess = Detect(typed);
        Assert.Equal((Language.Russian, TextRepair.KeyboardLayout, meant), (guess.Language, guess.Repair, guess.Text));
    }

    [Theory]
    [InlineData("ne rabotaet pochta", "не работает почта")]
    [InlineData("zabyl parol ot pochty", "забыл парол от почты")]
    [InlineData("privet, kak dela", "привет, как дела")]
    public void Detect_RecognizesTransliteratedRussian(string latin, string cyrillic)
    {
        var guess = Detect(latin);
        Assert.Equal((Language.Russian, TextRepair.Transliteration, cyrillic), (guess.Language, guess.Repair, guess.Text));
    }
}
