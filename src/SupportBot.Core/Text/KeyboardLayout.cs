namespace SupportBot.Core.Text;

/// <summary>Maps text typed on the wrong keyboard layout (QWERTY ↔ ЙЦУКЕН) back to what the user meant.</summary>
public static class KeyboardLayout
{
    // Same physical keys, lower case: qwerty[i] sits where йцукен[i] sits. Punctuation keys are letters on the
    // Russian layout, and Russian "." and "," sit on "/" and "?", so in wrong-layout text every one of them maps.
    private const string Qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`/?";
    private const string Jcuken = "йцукенгшщзхъфывапролджэячсмитьбюё.,";

    private static readonly Dictionary<char, char> LatinToCyrillic = Qwerty.Zip(Jcuken).ToDictionary(p => p.First, p => p.Second);
    private static readonly Dictionary<char, char> CyrillicToLatin = Jcuken.Zip(Qwerty).ToDictionary(p => p.First, p => p.Second);

    /// <summary>Reads lower-case text typed on the English layout as the Russian the user meant ("ghbdtn" → "привет").</summary>
    public static string ToCyrillic(string text) => Map(text, LatinToCyrillic);

    /// <summary>Reads lower-case text typed on the Russian layout as the English the user meant ("щгедщщл" → "outlook").</summary>
    public static string ToLatin(string text) => Map(text, CyrillicToLatin);

    private static string Map(string text, Dictionary<char, char> map)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, map), static (buffer, state) =>
        {
            for (var i = 0; i < state.text.Length; i++)
            {
                var c = state.text[i];
                buffer[i] = state.map.TryGetValue(c, out var mapped) ? mapped : c;
            }
        });
    }
}
