namespace SupportBot.Core.Text;

/// <summary>Cuts normalized text into word and symbol tokens, keeping error codes, versions and hyphenated words whole.</summary>
public static class Tokenizer
{
    /// <summary>Longest token we keep; longer runs (pasted hashes, base64) are cut so one word cannot dominate.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i);
                tokens.Add(new Token(i, Math.Min(end - i, MaxTokenLength), TokenKind.Word));
                i = end;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (TextNormalizer.IsSymbol(text, i))
                {
                    tokens.Add(new Token(i, 2, TokenKind.Symbol));
                }

                i += 2;
            }
            else
            {
                if (TextNormalizer.IsSymbol(text, i))
                {
                    tokens.Add(new Token(i, 1, TokenKind.Symbol));
                }

                i++;
            }
        }
    }

    /// <summary>Tokenizes and returns the tokens' text; convenient outside the hot path.</summary>
    public static IReadOnlyList<string> TokenizeToStrings(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens.Select(t => t.Slice(text).ToString()).ToList();
    }

    private static int ScanWord(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsCombiningMark(c))
            {
                i++;
            }
            else if (IsJoiner(text, i))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // A joiner stays inside a token only between two word characters: "11.2.3", "wi-fi", "don't", "file_name".
    // A dot joins digits only, so "vpn.it" at a sentence end without a space still splits.
    private static bool IsJoiner(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        return text[i] switch
        {
            '-' or '_' or '\'' => true,
            '.' or ',' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
