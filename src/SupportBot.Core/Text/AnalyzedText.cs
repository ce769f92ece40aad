namespace SupportBot.Core.Text;

/// <summary>A message after analysis: its language, the reading that was analyzed, its tokens and their stems.</summary>
public sealed class AnalyzedText
{
    internal AnalyzedText(string original, LanguageGuess guess, List<Token> tokens, string[] stems)
    {
        Original = original;
        Language = guess.Language;
        Repair = guess.Repair;
        Reading = guess.Text;
        Tokens = tokens;
        Stems = stems;
    }

    /// <summary>The text as the user wrote it.</summary>
    public string Original { get; }

    /// <summary>The detected language.</summary>
    public Language Language { get; }

    /// <summary>Whether the text was read as wrong-layout or transliterated Russian.</summary>
    public TextRepair Repair { get; }

    /// <summary>The normalized (and, if needed, repaired) text the tokens point into.</summary>
    public string Reading { get; }

    /// <summary>The tokens of <see cref="Reading"/>.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>One stem per token: words stemmed by their script's stemmer, symbols as they are.</summary>
    public IReadOnlyList<string> Stems { get; }

    /// <summary>The token's text within <see cref="Reading"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Slice(Reading);
}
