namespace SupportBot.Core.Intents;

/// <summary>Everything that decides what <see cref="IntentTrainer"/> produces; together with the data and the seed it fixes the model.</summary>
public sealed record IntentTrainerOptions
{
    /// <summary>Feature extraction.</summary>
    public FeaturizerOptions Features { get; init; } = new();

    /// <summary>The softmax regression's optimizer.</summary>
    public SoftmaxTrainerOptions Softmax { get; init; } = new();

    /// <summary>Seed for every random choice (holdout split, example order).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The label of out-of-scope examples.</summary>
    public string OutOfScopeLabel { get; init; } = HelpdeskIntents.OutOfScope;

    /// <summary>Share of each intent's examples held out to choose the threshold and measure the model.</summary>
    public double HoldoutFraction { get; init; } = 0.2;

    /// <summary>How much one point of out-of-scope recall is worth against one point of in-scope accuracy when choosing the threshold.</summary>
    public double OutOfScopeRecallWeight { get; init; } = 0.5;

    /// <summary>Without out-of-scope examples to tune on, the threshold rejects at most this share of correct answers.</summary>
    public double MaxCorrectRejectedWithoutOutOfScopeData { get; init; } = 0.02;
}
