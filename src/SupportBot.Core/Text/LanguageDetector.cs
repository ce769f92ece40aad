namespace SupportBot.Core.Text;

/// <summary>
/// Tells Russian from English per message by script, and for Latin-only text decides by letter statistics
/// whether it is English, Russian on the wrong keyboard layout, or transliterated Russian.
/// </summary>
public sealed class LanguageDetector
{
    // A Russian reading must beat the English one by this much (mean log-ratio per letter pair) to be chosen:
    // short English words ("vpn", "ok") should not flip to Russian on noise.
    private const double RepairMargin = 0.35;

    // Below this many letters there is too little evidence to call Latin text anything but English ("vpn", "ok").
    private const int MinLettersForRepair = 5;

    private readonly LetterBigramModel _english;
    private readonly LetterBigramModel _russian;

    /// <summary>Creates a detector over the given letter statistics.</summary>
    public LanguageDetector(LetterBigramModel english, LetterBigramModel russian)
    {
        _english = english;
        _russian = russian;
    }

    /// <summary>The detector over the letter statistics shipped with SupportBot.</summary>
    public static LanguageDetector Default { get; } = new(LetterBigramModel.LoadEmbedded("en"), LetterBigramModel.LoadEmbedded("ru"));

    /// <summary>Detects the language of already normalized text and the reading to analyze.</summary>
    public LanguageGuess Detect(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var (cyrillic, latin) = CountLetters(normalized);
        if (cyrillic == 0 && latin == 0)
        {
            return new LanguageGuess(Language.Unknown, TextRepair.None, normalized);
        }

        // Russian support messages are full of Latin product names ("не работает Outlook"): a few Cyrillic letters decide.
        if (cyrillic >= 3 || cyrillic > latin)
        {
            return new LanguageGuess(Language.Russian, TextRepair.None, normalized);
        }

        if (cyrillic > 0)
        {
            return new LanguageGuess(Language.English, TextRepair.None, normalized);
        }

        if (latin < MinLettersForRepair)
        {
            return new LanguageGuess(Language.English, TextRepair.None, normalized);
        }

        // Letter statistics cannot tell "no way" or "bye for now" from transliterated Russian; everyday English words can.
        if (ShareOf(normalized, EnglishMarkers) > 0)
        {
            return new LanguageGuess(Language.English, TextRepair.None, normalized);
        }

        var transliterated = Transliteration.ToCyrillic(normalized);
        if (ShareOf(normalized, TransliteratedRussianMarkers) > 0)
        {
            return new LanguageGuess(Language.Russian, TextRepair.Transliteration, transliterated);
        }

        var english = MeanPlausibility(_english, normalized);
        var layout = KeyboardLayout.ToCyrillic(normalized);
        var layoutScore = MeanPlausibility(_russian, layout);
        var transliterationScore = MeanPlausibility(_russian, transliterated);

        if (layoutScore >= transliterationScore && layoutScore > english + RepairMargin)
        {
            return new LanguageGuess(Language.Russian, TextRepair.KeyboardLayout, layout);
        }

        if (transliterationScore > english + RepairMargin)
        {
            return new LanguageGuess(Language.Russian, TextRepair.Transliteration, transliterated);
        }

        return new LanguageGuess(Language.English, TextRepair.None, normalized);
    }

    private static readonly HashSet<string> ConversationalEnglish = new(
        ["bye", "goodbye", "ok", "okay", "yes", "yeah", "yep", "nope", "thanks", "thx", "hello", "hi", "hey", "please", "help",
         "nice", "meet", "good", "great", "same", "problem", "way", "gotta", "ya", "go", "now", "see", "later", "sorry", "sure"],
        StringComparer.Ordinal);

    // Words that only transliterated Russian uses; "ne rabotaet" gives itself away before any statistics.
    private static readonly HashSet<string> TransliteratedRussian = new(
        ["ne", "net", "da", "v", "na", "s", "k", "po", "kak", "chto", "u", "menya", "mne", "ya", "eto", "ochen", "pochemu", "gde",
         "moy", "moi", "moya", "spasibo", "privet", "poka", "pozhaluysta", "pomogite", "pomogi", "pomoshch", "nea", "ili", "tozhe",
         "uzhe", "opyat", "sovsem", "nichego", "vsyo", "vse", "rabotaet", "zabyl", "zdravstvuyte", "dobryy", "den"],
        StringComparer.Ordinal);

    private static readonly Func<string, bool> EnglishMarkers = word => StopWords.IsEnglish(word) || ConversationalEnglish.Contains(word);

    private static readonly Func<string, bool> TransliteratedRussianMarkers = TransliteratedRussian.Contains;

    // Positive when at least a third of the words are markers: "not now" is English, "printer ne pechataet" Russian.
    private static int ShareOf(string text, Func<string, bool> isMarker)
    {
        var words = 0;
        var markers = 0;
        foreach (var word in text.Split((char[])[' ', ',', '.', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            markers += isMarker(word) ? 1 : 0;
        }

        return markers > 0 && markers * 3 >= words ? markers : 0;
    }

    private static (int Cyrillic, int Latin) CountLetters(string text)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (TextNormalizer.IsCyrillic(c))
            {
                cyrillic++;
            }
            else if (TextNormalizer.IsLatin(c))
            {
                latin++;
            }
        }

        return (cyrillic, latin);
    }

    // Letter-weighted mean over the words, so one long word counts more than a stray "a".
    private static double MeanPlausibility(LetterBigramModel model, string text)
    {
        double sum = 0;
        var weight = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (model.Plausibility(word) is { } score)
                {
                    sum += score * word.Length;
                    weight += word.Length;
                }
                else
                {
                    // A word with no letter of this alphabet is strong evidence against the language.
                    sum -= 3.0 * word.Length;
                    weight += word.Length;
                }

                start = -1;
            }
        }

        return weight == 0 ? double.NegativeInfinity : sum / weight;
    }
}
