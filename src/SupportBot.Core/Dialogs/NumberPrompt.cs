using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Text;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// Asks for a number: integers and decimals, "3,5" (Russian) and "3.5", thousands grouped by spaces or (in English)
/// commas. With <c>integersOnly</c> a fraction does not count as an answer. Ends with a <see cref="decimal"/>.
/// </summary>
public sealed class NumberPrompt : Prompt<decimal>
{
    private readonly bool _integersOnly;

    /// <summary>A number prompt <paramref name="id"/>, with an optional validator.</summary>
    public NumberPrompt(string id, PromptValidator<decimal>? validator = null, bool integersOnly = false, Language defaultLanguage = Language.Russian)
        : base(id, validator, defaultLanguage) => _integersOnly = integersOnly;

    /// <inheritdoc />
    protected override bool TryRecognize(string text, PromptOptions options, Language language, [MaybeNullWhen(false)] out decimal value) =>
        NumberParser.TryParse(text, language, out value) && (!_integersOnly || decimal.Truncate(value) == value);
}
