using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>Asks for free text; any message with something other than white space is an answer (trimmed).</summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>A text prompt <paramref name="id"/>, with an optional validator.</summary>
    public TextPrompt(string id, PromptValidator<string>? validator = null, Language defaultLanguage = Language.Russian)
        : base(id, validator, defaultLanguage)
    {
    }

    /// <inheritdoc />
    protected override bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out string value)
    {
        value = text.Trim();
        return value.Length > 0;
    }
}
