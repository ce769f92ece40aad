using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// Reads numbers as people type them: "3,5" is three and a half in Russian, "3.5" in both languages; "1 000" and (in
/// English) "1,000" group thousands. An answer that is not a number itself counts when it holds exactly one
/// ("примерно 20 минут").
/// </summary>
internal static partial class NumberParser
{
    public static bool TryParse(string text, Language language, out decimal value)
    {
        var answer = AnswerText.Canonical(text);
        if (TryParseNumber(answer, language, out value))
        {
            return true;
        }

        var tokens = NumberToken().Matches(answer);
        if (tokens.Count == 1)
        {
            return TryParseNumber(tokens[0].Value, language, out value);
        }

        value = 0;
        return false;
    }

    private static bool TryParseNumber(string candidate, Language language, out decimal value)
    {
        value = 0;
        var sign = "";
        var body = candidate;
        if (body.Length > 0 && body[0] is '-' or '+')
        {
            sign = body[0] == '-' ? "-" : "";
            body = body[1..].TrimStart();
        }

        if (SpaceGrouped().IsMatch(body))
        {
            body = body.Replace(" ", "", StringComparison.Ordinal);
        }

        if (!Plain().IsMatch(body))
        {
            return false;
        }

        var canonical = ToInvariant(body, language);
        if (canonical is null
            || !decimal.TryParse(sign + canonical, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // decimal keeps the typed scale ("3,500" is 3.500); drop trailing zeros so the answer reads as the user meant it.
        value /= 1.000000000000000000000000000000000m;
        return true;
    }

    /// <summary>Digits with at most one decimal separator, after removing group separators; null when ambiguous.</summary>
    private static string? ToInvariant(string body, Language language)
    {
        var commas = body.Count(c => c == ',');
        var dots = body.Count(c => c == '.');
        if (commas == 0 && dots <= 1)
        {
            return body;
        }

        if (dots == 0 && commas == 1 && !(language == Language.English && CommaGrouped().IsMatch(body)))
        {
            return body.Replace(',', '.');
        }

        if (language == Language.English && CommaGrouped().IsMatch(body))
        {
            return body.Replace(",", "", StringComparison.Ordinal);
        }

        if (language != Language.English && DotGrouped().IsMatch(body))
        {
            // "1.000.000" or "1.234,5": dots group, a comma (if any) is the decimal point.
            return body.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,3}( \d{3})+([.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"^\d+([.,]\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaGrouped();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotGrouped();

    [GeneratedRegex(@"(?<![\w.,])[-+]?\d+([.,]\d+)*(?![\w]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();
}
