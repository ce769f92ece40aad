using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// Asks yes or no, with Да/Нет or Yes/No buttons (numbered lines where there are no buttons). Understands the
/// locale's ways of saying it first ("ага", "неа"; "yep", "nope"), then the other language's, the buttons' numbers and
/// the wrong keyboard layout ("lf" for "да"). Ends with a <see cref="bool"/>.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>A confirm prompt <paramref name="id"/>, with an optional validator.</summary>
    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null, Language defaultLanguage = Language.Russian)
        : base(id, validator, defaultLanguage)
    {
    }

    /// <inheritdoc />
    protected override Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, Language language, string text) =>
        ChoiceList.Render(turnContext, text, language == Language.English ? ["Yes", "No"] : ["Да", "Нет"]);

    /// <inheritdoc />
    protected override bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out bool value)
    {
        var answer = AnswerText.Canonical(text);
        var read = Read(answer, language);
        foreach (var variant in read is null ? AnswerText.LayoutVariants(answer) : [])
        {
            read = Read(variant, language);
            if (read is not null)
            {
                break;
            }
        }

        value = read ?? false;
        return read is not null;
    }

    private static bool? Read(string answer, Language language)
    {
        if (AnswerText.TryChoiceNumber(answer, 2, out var index))
        {
            return index == 0;
        }

        return ConfirmWords.Read(answer, language);
    }
}
