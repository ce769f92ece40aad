using System.Text.RegularExpressions;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>Finds an error text or a software version already present in the user's description, so the bot need not ask.</summary>
internal static partial class DetailExtractor
{
    public static string? ErrorText(string? text) => text is null ? null : FirstMatch(ErrorPattern(), text);

    public static string? SoftwareVersion(string? text) => text is null ? null : FirstMatch(VersionPattern(), text);

    private static string? FirstMatch(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        return match.Success ? match.Value.Trim() : null;
    }

    // Hex codes (0x800CCC0E), Chrome-style names (ERR_NAME_NOT_RESOLVED), "error 1603" / "ошибка 651" / "код 43", quoted messages.
    [GeneratedRegex(@"0x[0-9a-f]{4,8}|\bERR_[A-Z_]{3,}\b|\b(?:error|ошибк[аиуе]|код|code)\s*[:#№]?\s*[0-9a-f]{2,8}\b|«[^»]{3,200}»|""[^""]{3,200}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPattern();

    [GeneratedRegex(@"\b(?:windows|win)\s?(?:7|8\.1|8|10|11)\b|\bmac\s?os(?:\s?\d+(?:\.\d+)?)?\b|\bios\s?\d+(?:\.\d+)*|\bandroid\s?\d+|\b(?:office|outlook|word|excel|teams|chrome|firefox)\s?(?:20\d\d|\d+(?:\.\d+)+)\b|\b(?:версия|version|ver\.?|v)\s?\d+(?:\.\d+)+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
