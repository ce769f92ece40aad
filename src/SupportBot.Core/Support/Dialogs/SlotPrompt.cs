using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Text;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>
/// Asks for one ticket detail as free text, with "Skip" and "Cancel" buttons; ends with the text, or with
/// <see cref="SupportPrompts.SkipValue"/> / <see cref="SupportPrompts.CancelValue"/> when the user said so.
/// </summary>
internal sealed class SlotPrompt : Prompt<string>
{
    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "пропустить", "пропусти", "пропуск", "skip", "-", "нет", "no", "не знаю", "dont know", "don't know", "i dont know", "нету", "n/a", "na", "none",
    };

    private static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "отмена", "отменить", "отмени", "cancel", "stop", "стоп", "/cancel", "не надо", "never mind", "nevermind",
    };

    public SlotPrompt(string id)
        : base(id, validator: null, Language.Russian)
    {
    }

    protected override bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out string value)
    {
        var trimmed = text.Trim();
        var canonical = TextNormalizer.Normalize(trimmed).Trim().TrimEnd('.', '!');
        value = SkipWords.Contains(canonical) ? SupportPrompts.SkipValue
            : CancelWords.Contains(canonical) ? SupportPrompts.CancelValue
            : trimmed;
        return value.Length > 0;
    }

    protected override Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, Language language, string text)
    {
        var phrases = BotPhrases.For(language == Language.English ? "en" : "ru");
        return turnContext.Capabilities.SupportsButtons
            ? Activity.Message(text, SuggestedActions.ImBack(phrases.Skip, phrases.Cancel))
            : Activity.Message($"{text} ({phrases.Skip} / {phrases.Cancel})");
    }
}
