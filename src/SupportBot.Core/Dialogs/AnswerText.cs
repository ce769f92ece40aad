using System.Text;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>Brings a short answer to a comparable form: normalized (lower case, ё→е), trimmed of punctuation, one space between words.</summary>
internal static class AnswerText
{
    public static string Canonical(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim(TrimmedPunctuation);
    }

    /// <summary>The answer read as typed on the wrong keyboard layout, each way that changes it.</summary>
    public static IEnumerable<string> LayoutVariants(string canonical)
    {
        var cyrillic = KeyboardLayout.ToCyrillic(canonical);
        if (cyrillic != canonical)
        {
            yield return Canonical(cyrillic);
        }

        var latin = KeyboardLayout.ToLatin(canonical);
        if (latin != canonical)
        {
            yield return Canonical(latin);
        }
    }

    /// <summary>Reads "2", "2.", "2)" or "№2" as the 1-based choice number.</summary>
    public static bool TryChoiceNumber(string canonical, int count, out int index)
    {
        var digits = canonical.TrimStart('№', '#').TrimEnd('.', ')').Trim();
        if (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= count)
        {
            index = number - 1;
            return true;
        }

        index = -1;
        return false;
    }

    private static readonly char[] TrimmedPunctuation = [' ', '.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '…'];
}
