namespace SupportBot.Core.Intents;

/// <summary>Everything that decides what <see cref="IntentTrainer"/> produces; together with the data and the seed it fixes the model.</summary>
public sealed record IntentTrainerOptions
{
    /// <summary>Feature extraction; with <see cref="SeparateViews"/> its word and character parts each feed their own model.</summary>
    public FeaturizerOptions Features { get; init; } = new()
    {
        CharNgramsWithinWords = true,
        MinCharNgram = 1,
        MaxCharNgram = 5,
    };

    /// <summary>The softmax regression's optimizer.</summary>
    public SoftmaxTrainerOptions Softmax { get; init; } = new();

    /// <summary>
    /// Train one softmax on the word features and one on the character n-grams and average their logits (a normalized
    /// geometric mean of their probabilities), instead of one softmax on both: the views err on different messages.
    /// </summary>
    public bool SeparateViews { get; init; } = true;

    /// <summary>Seed for every random choice (folds, example order).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The label of out-of-scope examples.</summary>
    public string OutOfScopeLabel { get; init; } = HelpdeskIntents.OutOfScope;

    /// <summary>
    /// Folds of the cross-validation that chooses the out-of-scope threshold and measures the model (0 or 1: none).
    /// Folds are grouped by stem signature, so near-duplicate messages never sit on both sides of a fold.
    /// </summary>
    public int CrossValidationFolds { get; init; } = 5;

    /// <summary>
    /// The threshold is the lowest whose cross-validated out-of-scope recall reaches this, which keeps in-scope
    /// accuracy as high as that recall allows; a model trained on all the data is a little surer than its folds,
    /// so this sits somewhat above the recall wanted in use.
    /// </summary>
    public double MinOutOfScopeRecall { get; init; } = 0.65;

    /// <summary>Without out-of-scope examples to tune on, the threshold rejects at most this share of correct answers.</summary>
    public double MaxCorrectRejectedWithoutOutOfScopeData { get; init; } = 0.02;

    /// <summary>The feature views of the model's members, in the order they are stored.</summary>
    internal IReadOnlyList<FeaturizerOptions> ViewFeatures() =>
        SeparateViews ? [Features with { WordBlockWeight = 1 }, Features with { WordBlockWeight = 0 }] : [Features];
}
