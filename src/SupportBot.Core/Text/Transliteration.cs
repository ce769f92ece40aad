namespace SupportBot.Core.Text;

/// <summary>Reads Russian written in Latin letters ("ne rabotaet pochta") back into Cyrillic.</summary>
public static class Transliteration
{
    // Longest first: "shch" must win over "sh" + "ch".
    private static readonly (string Latin, string Cyrillic)[] Rules =
    [
        ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("tz", "ц"),
        ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "е"), ("jo", "е"), ("ye", "е"), ("ie", "ие"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
        ("j", "й"), ("k", "к"), ("q", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("x", "кс"), ("'", "ь"),
    ];

    /// <summary>Transliterates lower-case Latin letters into Cyrillic; other characters pass through.</summary>
    public static string ToCyrillic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == 'y')
            {
                result.Append(ReadY(text, i, out var consumed));
                i += consumed;
                continue;
            }

            var matched = false;
            foreach (var (latin, cyrillic) in Rules)
            {
                if (string.CompareOrdinal(text, i, latin, 0, latin.Length) == 0)
                {
                    result.Append(cyrillic);
                    i += latin.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }

    // "y" is the ambiguous letter: я/ю/е/ё before a vowel, й after a vowel ("moy"), ы after a consonant ("pochty").
    private static string ReadY(string text, int i, out int consumed)
    {
        consumed = 2;
        if (i + 1 < text.Length)
        {
            switch (text[i + 1])
            {
                case 'a': return "я";
                case 'u': return "ю";
                case 'o': return "е";
                case 'e': return "е";
            }
        }

        consumed = 1;
        var afterVowel = i > 0 && "aeiouy".Contains(text[i - 1], StringComparison.Ordinal);
        var startsWord = i == 0 || !char.IsLetter(text[i - 1]);
        return afterVowel || startsWord ? "й" : "ы";
    }

    private static readonly Dictionary<char, string> CyrillicToLatin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z", ['и'] = "i",
        ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s",
        ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sch", ['ъ'] = "",
        ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>Writes lower-case Cyrillic in Latin letters ("впн" → "vpn", "принтер" → "printer"); other characters pass through.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (CyrillicToLatin.TryGetValue(c, out var latin))
            {
                result.Append(latin);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
