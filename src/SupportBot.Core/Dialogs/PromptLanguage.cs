using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>Reads a BCP 47 locale as one of the bot's languages.</summary>
internal static class PromptLanguage
{
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        if (locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
        {
            return Language.Russian;
        }

        return locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : null;
    }
}
