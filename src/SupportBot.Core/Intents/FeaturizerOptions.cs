namespace SupportBot.Core.Intents;

/// <summary>What the featurizer extracts: word n-grams of stems and character n-grams of the normalized text.</summary>
public sealed record FeaturizerOptions
{
    /// <summary>Longest word n-gram (1 = unigrams only).</summary>
    public int MaxWordNgram { get; init; } = 2;

    /// <summary>Shortest character n-gram.</summary>
    public int MinCharNgram { get; init; } = 3;

    /// <summary>Longest character n-gram.</summary>
    public int MaxCharNgram { get; init; } = 5;

    /// <summary>Features seen in fewer training examples than this are dropped, which keeps the model small.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>Share of the vector's length given to word features; the rest goes to character n-grams.</summary>
    public double WordBlockWeight { get; init; } = 0.5;

    /// <summary>Only this many leading characters are cut into character n-grams, which bounds the cost of pasted logs.</summary>
    public int MaxCharsForNgrams { get; init; } = 1000;

    /// <summary>Also use each token as written (unstemmed), which keeps apart words the stemmer merges.</summary>
    public bool RawWordUnigrams { get; init; }

    /// <summary>Cut character n-grams from each word on its own instead of from the words joined by spaces.</summary>
    public bool CharNgramsWithinWords { get; init; }

    /// <summary>Only this many leading tokens give word features.</summary>
    public int MaxTokens { get; init; } = 200;
}
