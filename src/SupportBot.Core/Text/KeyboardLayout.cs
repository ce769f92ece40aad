namespace SupportBot.Core.Text;

/// <summary>Maps text typed on the wrong keyboard layout (QWERTY ↔ ЙЦУКЕН) back to what the user meant.</summary>
public static class KeyboardLayout
{
    // Same physical keys, lower case: qwerty[i] sits where йцукен[i] sits.
    private const string Qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private const string Jcuken = "йцукенгшщзхъфывапролджэячсмитьбюё";

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
                // Punctuation keys map only inside a word, so "hf,jnftn" becomes "работает" while "ok, thanks" keeps its comma.
                if (IsPunctuationKey(c) && !IsInsideWord(state.text, i))
                {
                    buffer[i] = c;
                    continue;
                }

                buffer[i] = state.map.TryGetValue(c, out var mapped) ? mapped : c;
            }
        });
    }

    private static bool IsPunctuationKey(char c) => c is '[' or ']' or ';' or '\'' or ',' or '.' or '`';

    private static bool IsInsideWord(string text, int i)
    {
        var before = i > 0 && char.IsLetter(text[i - 1]);
        var after = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        // "ndj`" (твоё) and ",tp" (без) put the key at a word's edge, so one letter beside it is enough.
        return before || after;
    }
}
