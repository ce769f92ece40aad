namespace SupportBot.Core.Text;

/// <summary>The analyzer chain every message goes through: normalize → detect language and repair → tokenize → stem.</summary>
public sealed class TextAnalyzer
{
    private readonly LanguageDetector _detector;
    private readonly IStemmer _english;
    private readonly IStemmer _russian;

    /// <summary>Creates an analyzer from its parts.</summary>
    public TextAnalyzer(LanguageDetector detector, IStemmer english, IStemmer russian)
    {
        _detector = detector;
        _english = english;
        _russian = russian;
    }

    /// <summary>The analyzer with SupportBot's shipped stemmers and letter statistics; thread-safe.</summary>
    public static TextAnalyzer Default { get; } = new(LanguageDetector.Default, new EnglishStemmer(), new RussianStemmer());

    /// <summary>Analyzes one message, reading wrong-layout or transliterated Russian as Russian.</summary>
    public AnalyzedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text, _detector.Detect(TextNormalizer.Normalize(text)));
    }

    /// <summary>Analyzes one message exactly as written, without layout or transliteration repair.</summary>
    public AnalyzedText AnalyzeAsWritten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var language = normalized.Any(TextNormalizer.IsCyrillic) ? Language.Russian
            : normalized.Any(TextNormalizer.IsLatin) ? Language.English
            : Language.Unknown;
        return Analyze(text, new LanguageGuess(language, TextRepair.None, normalized));
    }

    private AnalyzedText Analyze(string text, LanguageGuess guess)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(guess.Text, tokens);
        var stems = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            stems[i] = StemToken(guess.Text, tokens[i]);
        }

        return new AnalyzedText(text, guess, tokens, stems);
    }

    /// <summary>Stems one token by its script; a hyphen or underscore inside a word is dropped first, so wi-fi and wifi meet.</summary>
    public string StemToken(string text, Token token)
    {
        var span = token.Slice(text);
        if (token.Kind == TokenKind.Symbol)
        {
            return span.ToString();
        }

        var word = span.ContainsAny('-', '_') ? RemoveJoiners(span) : span.ToString();
        foreach (var c in word)
        {
            if (TextNormalizer.IsCyrillic(c))
            {
                return _russian.Stem(word);
            }

            if (TextNormalizer.IsLatin(c))
            {
                return _english.Stem(word);
            }
        }

        return word;
    }

    private static string RemoveJoiners(ReadOnlySpan<char> span)
    {
        Span<char> buffer = stackalloc char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (c is not ('-' or '_'))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
