using System.Globalization;
using System.Text;

namespace SupportBot.Core.Text;

/// <summary>Brings user text to one canonical form: NFKC, lower case, ё→е, unified quotes and dashes.</summary>
public static class TextNormalizer
{
    /// <summary>Returns the canonical form of <paramref name="text"/>; tokens such as 0x800ccc0e and 11.2.3 survive unchanged.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // NFKC folds full-width letters, ligatures and compatibility digits that phones and copy-paste produce.
        var composed = IsPlainAscii(text) ? text : ToFormKC(text);
        return string.Create(composed.Length, composed, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = FoldChar(source[i]);
            }
        });
    }

    // Normalize throws on unpaired surrogates and noncharacters (U+FFFE), which binary noise is full of: blank them first.
    private static string ToFormKC(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var cleaned = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                var value = rune.Value;
                var isNoncharacter = (value & 0xFFFE) == 0xFFFE || value is >= 0xFDD0 and <= 0xFDEF;
                cleaned.Append(rune == Rune.ReplacementChar || isNoncharacter ? " " : rune.ToString());
            }

            return cleaned.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    /// <summary>Lower-cases one character and folds the variants that carry no meaning in support text.</summary>
    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            'ё' or 'Ё' => 'е',
            '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '`' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '«' or '»' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
            '\u00A0' or '\u2007' or '\u202F' => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for letters of the Cyrillic block (after normalization).</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>True for a basic Latin letter.</summary>
    public static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>True for an emoji or other pictographic symbol, which we keep as a token of its own.</summary>
    public static bool IsSymbol(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.OtherSymbol;
    }
}
