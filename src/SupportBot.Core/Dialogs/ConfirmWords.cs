using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>Yes and no in Russian and English, as users type them.</summary>
internal static class ConfirmWords
{
    private static readonly HashSet<string> RussianYes = new(StringComparer.Ordinal)
    {
        "да", "ага", "угу", "конечно", "конечно да", "да конечно", "ок", "окей", "хорошо", "верно", "точно", "давай", "да да",
        "разумеется", "естественно", "согласен", "согласна", "подтверждаю", "так и есть", "именно", "yes",
    };

    private static readonly HashSet<string> RussianNo = new(StringComparer.Ordinal)
    {
        "нет", "неа", "не", "нет нет", "нет спасибо", "не надо", "не нужно", "отмена", "ни за что", "не согласен",
        "не согласна", "не верно", "неверно", "no",
    };

    private static readonly HashSet<string> EnglishYes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "of course", "correct", "right", "absolutely", "definitely",
        "yes please", "indeed", "true", "affirmative", "да",
    };

    private static readonly HashSet<string> EnglishNo = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not", "no thanks", "no thank you", "never", "cancel", "incorrect", "wrong", "false",
        "negative", "нет",
    };

    /// <summary>The words that lead an answer and decide it ("да, конечно", "no, thanks").</summary>
    private static readonly Dictionary<string, bool> LeadingWords = new(StringComparer.Ordinal)
    {
        ["да"] = true, ["ага"] = true, ["конечно"] = true, ["yes"] = true, ["yeah"] = true, ["yep"] = true, ["sure"] = true,
        ["нет"] = false, ["неа"] = false, ["no"] = false, ["nope"] = false, ["nah"] = false,
    };

    /// <summary>Reads a canonical answer as yes or no in <paramref name="language"/> (its own list first, the other's after).</summary>
    public static bool? Read(string canonical, Language language)
    {
        var (ownYes, ownNo, otherYes, otherNo) = language == Language.English
            ? (EnglishYes, EnglishNo, RussianYes, RussianNo)
            : (RussianYes, RussianNo, EnglishYes, EnglishNo);
        if (ownYes.Contains(canonical))
        {
            return true;
        }

        if (ownNo.Contains(canonical))
        {
            return false;
        }

        if (otherYes.Contains(canonical))
        {
            return true;
        }

        if (otherNo.Contains(canonical))
        {
            return false;
        }

        var firstSpace = canonical.AsSpan().IndexOfAny(' ', ',');
        if (firstSpace > 0 && LeadingWords.TryGetValue(canonical[..firstSpace], out var leading))
        {
            return leading;
        }

        return null;
    }
}
